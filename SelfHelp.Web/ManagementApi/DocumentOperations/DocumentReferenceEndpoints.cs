using SelfHelp.Web.ManagementApi.Documents;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.DeliveryApi.Reading;
using SelfHelp.Core.PublishedCache;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.DocumentOperations;

/// <summary>Umbraco's <c>TrackedReferenceDocumentTypeModel</c>.</summary>
public sealed record TrackedReferenceDocumentTypeModel(Guid Id, string? Icon, string? Alias, string? Name);

/// <summary>Umbraco's <c>DocumentReferenceResponseModel</c>: a document whose values point at the one asked about.</summary>
public sealed record DocumentReferenceResponseModel(
    Guid Id, string? Name, bool? Published, TrackedReferenceDocumentTypeModel DocumentType, IReadOnlyList<DocumentVariantItemResponseModel> Variants)
{
    [JsonPropertyName("$type")]
    [JsonPropertyOrder(-1)]
    public string Type => nameof(DocumentReferenceResponseModel);
}

/// <summary>
/// References between documents, for the client's "Referenced by" box and its warnings before trashing: a document
/// refers to another when one of its draft values holds the other's key (as a GUID or an <c>umb://document/</c> UDI).
/// SelfHelp keeps no relation table, so each answer reads every draft (fine at the site's size; a relation index
/// would replace this if the tree grows large).
/// </summary>
internal static class DocumentReferenceEndpoints
{
    public static void Map(RouteGroupBuilder content)
    {
        content.MapGet("/document/{id:guid}/referenced-by", ReferencedByAsync).WithTags("Document");
        content.MapGet("/document/{id:guid}/referenced-descendants", ReferencedDescendantsAsync).WithTags("Document");
        content.MapGet("/document/are-referenced", AreReferencedAsync).WithTags("Document");
    }

    private static async Task<Results<Ok<PagedViewModel<DocumentReferenceResponseModel>>, ProblemHttpResult>> ReferencedByAsync(
        Guid id, int? skip, int? take, HttpContext context, DocumentAccess access, DraftContent drafts, IPublishedContentCache cache,
        IContentTypeService contentTypes, CancellationToken ct)
    {
        var document = await access.DocumentAsync(context, id, DocumentPermissions.Read, trashed: null, ct);
        if (!document.Allowed)
        {
            return document.Problem!;
        }
        if (!DocumentPaging.TryRead(skip, take, document.User, out var paging, out var problem))
        {
            return problem!;
        }
        var live = cache.Current;
        var referrers = (await drafts.SnapshotAsync(live, ct)).All.Where(c => c.Key != id && Refers(c, [id])).OrderBy(c => c.Path).ToList();
        var page = new List<DocumentReferenceResponseModel>();
        foreach (var referrer in referrers.Skip(paging.Skip).Take(paging.Take))
        {
            var type = await contentTypes.GetAsync(referrer.ContentTypeAlias, ct);
            var variants = referrer.Cultures.Values.Select(c => new DocumentVariantItemResponseModel(
                c.Name, referrer.VariesByCulture ? c.Culture : null,
                live.GetByKey(referrer.Key)?.IsVisibleIn(c.Culture) == true ? DocumentVariantStateModel.Published : DocumentVariantStateModel.Draft, [])).ToList();
            page.Add(new DocumentReferenceResponseModel(referrer.Key, variants.FirstOrDefault()?.Name, live.GetByKey(referrer.Key) is not null,
                new TrackedReferenceDocumentTypeModel(type?.Key ?? Guid.Empty, type?.Icon, type?.Alias, type?.Name), variants));
        }
        return TypedResults.Ok(new PagedViewModel<DocumentReferenceResponseModel>(referrers.Count, page));
    }

    private static async Task<Results<Ok<PagedViewModel<ReferenceByIdModel>>, ProblemHttpResult>> ReferencedDescendantsAsync(
        Guid id, int? skip, int? take, HttpContext context, DocumentAccess access, DraftContent drafts, IPublishedContentCache cache,
        Core.Content.IContentService content, CancellationToken ct)
    {
        var document = await access.DocumentAsync(context, id, DocumentPermissions.Read, trashed: null, ct);
        if (!document.Allowed)
        {
            return document.Problem!;
        }
        if (!DocumentPaging.TryRead(skip, take, document.User, out var paging, out var problem))
        {
            return problem!;
        }
        var descendants = (await content.GetDescendantsAsync(document.Item!, ct)).Select(d => d.Key).ToList();
        return TypedResults.Ok(paging.Page(await ReferencedAmongAsync(descendants, drafts, cache, ct), k => new ReferenceByIdModel(k)));
    }

    private static async Task<Results<Ok<PagedViewModel<ReferenceByIdModel>>, ProblemHttpResult>> AreReferencedAsync(
        Guid[]? id, int? skip, int? take, HttpContext context, DocumentAccess access, DraftContent drafts, IPublishedContentCache cache, CancellationToken ct)
    {
        if (!DocumentPaging.TryRead(skip, take, await access.UserAsync(context), out var paging, out var problem))
        {
            return problem!;
        }
        return TypedResults.Ok(paging.Page(await ReferencedAmongAsync(id ?? [], drafts, cache, ct), k => new ReferenceByIdModel(k)));
    }

    /// <summary>Which of <paramref name="keys"/> some other document refers to.</summary>
    private static async Task<IReadOnlyList<Guid>> ReferencedAmongAsync(IReadOnlyList<Guid> keys, DraftContent drafts, IPublishedContentCache cache, CancellationToken ct)
    {
        if (keys.Count == 0)
        {
            return [];
        }
        var all = (await drafts.SnapshotAsync(cache.Current, ct)).All.ToList();
        return keys.Where(k => all.Any(c => c.Key != k && Refers(c, [k]))).ToList();
    }

    private static bool Refers(PublishedContent content, IReadOnlyList<Guid> keys)
    {
        var texts = keys.SelectMany(k => new[] { k.ToString("D"), k.ToString("N") }).ToList();
        foreach (var alias in content.PropertyAliases)
        {
            foreach (var culture in content.Cultures.Keys.DefaultIfEmpty(""))
            {
                if (content.GetValue(alias, culture) is { } value && texts.Any(t => value.GetRawText().Contains(t, StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
