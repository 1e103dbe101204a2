using SelfHelp.Web.ManagementApi.Documents;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Languages;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.DocumentOperations;

/// <summary>
/// A document's history and rollback: the versions newest first (paged, optionally those touching one culture), one
/// version's names and values, and rolling the draft back to a version (one culture, or all), which needs the
/// Rollback verb and the culture's language.
/// </summary>
internal static class DocumentVersionEndpoints
{
    public static void Map(RouteGroupBuilder content)
    {
        var versions = content.MapGroup("/document-version").WithTags("Document Version");
        content.MapGet("/document-version", ListAsync).WithTags("Document Version");
        versions.MapGet("/{id:guid}", GetAsync);
        versions.MapPost("/{id:guid}/rollback", RollbackAsync);
    }

    private static async Task<Results<Ok<PagedViewModel<DocumentVersionItemResponseModel>>, ProblemHttpResult>> ListAsync(
        Guid documentId, string? culture, int? skip, int? take, HttpContext context, DocumentAccess access, IContentService content,
        DocumentItemShapes shapes, BackOfficeUserKeys userKeys, CancellationToken ct)
    {
        var document = await access.DocumentAsync(context, documentId, DocumentPermissions.Read, trashed: null, ct);
        if (!document.Allowed)
        {
            return document.Problem!;
        }
        if (!DocumentPaging.TryRead(skip, take, document.User, out var paging, out var problem))
        {
            return problem!;
        }
        var item = document.Item!;
        var all = await content.GetVersionsAsync(item.Id, ct);
        var versions = all.Where(v => culture is null || v.Cultures.Count == 0 || v.Cultures.Contains(culture, StringComparer.OrdinalIgnoreCase)).ToList();
        var newest = all.FirstOrDefault()?.Id;
        var livePublished = item.IsPublished() ? all.FirstOrDefault(v => v.Kind == ContentVersionKind.Published)?.Id : null;
        var type = await shapes.TypeAsync(item, ct);
        var page = new List<DocumentVersionItemResponseModel>();
        foreach (var v in versions.Skip(paging.Skip).Take(paging.Take))
        {
            page.Add(new DocumentVersionItemResponseModel(DocumentVersionId.From(v.Id), new ReferenceByIdModel(item.Key), new ReferenceByIdModel(type.Id),
                new ReferenceByIdModel(await userKeys.KeyOfAsync(v.UserName)), DocumentItemShapes.Utc(v.Date),
                v.Id == livePublished, v.Id == newest, PreventCleanup: false));
        }
        return TypedResults.Ok(new PagedViewModel<DocumentVersionItemResponseModel>(versions.Count, page));
    }

    private static async Task<Results<Ok<DocumentVersionResponseModel>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext context, DocumentAccess access, IContentService content, IContentTypeService contentTypes, DocumentItemShapes shapes, CancellationToken ct)
    {
        var found = await VersionAsync(id, DocumentPermissions.Read, context, access, content, ct);
        if (found.Problem is { } problem)
        {
            return problem;
        }
        var (item, version) = (found.Item!, found.Version!);
        var type = await contentTypes.GetAsync(item.ContentTypeAlias, ct);
        var values = new List<DocumentValueResponseModel>();
        foreach (var (alias, byCulture) in version.Data.Properties)
        {
            var editor = type is null ? null : await EditorAliasAsync(type, alias, contentTypes, ct);
            values.AddRange(byCulture.Select(v => new DocumentValueResponseModel(
                v.Key.Length == 0 ? null : v.Key, null, alias, (JsonElement?)v.Value, editor ?? "Umbraco.Label")));
        }
        var date = DocumentItemShapes.Utc(version.Date);
        var variants = version.Data.Names.Select(n =>
        {
            var culture = item.VariesByCulture ? n.Key : null;
            return new DocumentVariantResponseModel(culture, null, n.Value, DocumentItemShapes.Utc(item.CreateDate), date,
                DocumentResponseBuilder.State(item, culture).ToString(), null, null, null, culture ?? "invariant", []);
        }).ToList();
        return TypedResults.Ok(new DocumentVersionResponseModel(values, variants, id, [], await shapes.TypeAsync(item, ct), new ReferenceByIdModel(item.Key)));
    }

    private static async Task<Results<Ok, ProblemHttpResult>> RollbackAsync(
        Guid id, string? culture, HttpContext context, DocumentAccess access, IContentService content, ILanguageService languages, CancellationToken ct)
    {
        var found = await VersionAsync(id, DocumentPermissions.Rollback, context, access, content, ct);
        if (found.Problem is { } problem)
        {
            return problem;
        }
        var (user, item) = (found.User!, found.Item!);
        var rollbackCulture = item.VariesByCulture ? culture : null;
        if (rollbackCulture is not null && !(await languages.GetAllAsync(ct)).Any(l => string.Equals(l.IsoCode, rollbackCulture, StringComparison.OrdinalIgnoreCase)))
        {
            return ManagementProblems.BadRequest(DocumentOperationText.BadCulture.For(user), rollbackCulture, "InvalidCulture");
        }
        // Without a culture every culture is rolled back, so only a user with every language may do it.
        if (item.VariesByCulture && (rollbackCulture is null ? !user.HasAccessToAllLanguages : !user.CanEditCulture(rollbackCulture)))
        {
            return DocumentAccess.Forbidden(user, DocumentOperationText.NoCultureAccess);
        }
        var result = await content.RollbackAsync(item.Id, found.Version!.Id, rollbackCulture, user.Name, ct);
        return result.Succeeded ? ManagementResults.EmptyOk(context) : DocumentOperationProblems.From(result, user);
    }

    private sealed record FoundVersion(BackOfficeUser? User, ContentItem? Item, ContentVersionInfo? Version, ProblemHttpResult? Problem);

    private static async Task<FoundVersion> VersionAsync(Guid id, string verb, HttpContext context, DocumentAccess access, IContentService content, CancellationToken ct)
    {
        var version = DocumentVersionId.Read(id) is { } versionId ? await content.GetVersionAsync(versionId, ct) : null;
        var item = version is null ? null : await content.GetAsync(version.NodeId, ct);
        if (version is null || item is null)
        {
            var user = await access.UserAsync(context);
            return new(user, null, null, ManagementProblems.NotFound(DocumentOperationText.VersionNotFound.For(user)));
        }
        var document = await access.DocumentAsync(context, item.Key, verb, trashed: null, ct);
        return new(document.User, document.Item, version, document.Problem);
    }

    private static async Task<string?> EditorAliasAsync(ContentType type, string alias, IContentTypeService contentTypes, CancellationToken ct)
    {
        if (type.FindProperty(alias) is { } property)
        {
            return property.EditorAlias;
        }
        foreach (var composition in type.Compositions)
        {
            if (await contentTypes.GetAsync(composition, ct) is { } composed && await EditorAliasAsync(composed, alias, contentTypes, ct) is { } editor)
            {
                return editor;
            }
        }
        return null;
    }
}
