using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.Content;
using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.Documents.Editing;

/// <summary>
/// Create, update and validate, as Umbraco's client calls them: the client validates first (every culture it shows,
/// mandatory values included), then saves a draft, which the engine checks only for values that do not fit.
/// </summary>
internal static class DocumentEditingEndpoints
{
    public static void MapDocumentEditingEndpoints(this RouteGroupBuilder documents, RouteGroupBuilder documentsV11)
    {
        documents.MapPost("", CreateAsync).WithName("PostDocument");
        documents.MapPut("{id:guid}", UpdateAsync).WithName("PutDocumentById");
        documents.MapPost("validate", ValidateCreateAsync).WithName("PostDocumentValidate");
        documentsV11.MapPut("{id:guid}/validate", ValidateUpdateAsync).WithName("PutUmbracoManagementApiV11DocumentByIdValidate1.1");
    }

    internal static async Task<IResult> CreateAsync(CreateDocumentRequestModel request, HttpContext http, DocumentAccess access,
        IContentService content, IContentTypeService types, DocumentEditor editor, CancellationToken cancellationToken)
    {
        var user = await access.UserAsync(http);
        var problems = DocumentProblems.For(user);
        var draft = await NewDraftAsync(request, user, access, content, types, editor, problems, cancellationToken);
        if (draft.Problem is not null)
        {
            return draft.Problem;
        }
        var (item, type, sent) = (draft.Item!, draft.Type!, draft.Sent!);
        var blank = DocumentEditor.BlankNames(type, sent);
        if (blank.Count > 0)
        {
            return problems.Validation(blank, type, sent);
        }
        var saved = await content.SaveAsync(item, user.Name, cancellationToken);
        return saved.Succeeded
            ? ManagementResults.Created(http, item.Key, $"{ManagementApiBuilderExtensions.Prefix}/v1/document/{item.Key}")
            : problems.From(saved, type, sent);
    }

    internal static async Task<IResult> UpdateAsync(Guid id, UpdateDocumentRequestModel request, HttpContext http, DocumentAccess access,
        IContentService content, IContentTypeService types, DocumentEditor editor, CancellationToken cancellationToken)
    {
        var user = await access.UserAsync(http);
        var problems = DocumentProblems.For(user);
        var sent = DocumentEditingRequest.Of(request.Values, request.Variants);
        var edited = await EditAsync(id, sent, user, access, content, types, editor, problems, cancellationToken);
        if (edited.Problem is not null)
        {
            return edited.Problem;
        }
        var blank = DocumentEditor.BlankNames(edited.Type!, sent);
        if (blank.Count > 0)
        {
            return problems.Validation(blank, edited.Type, sent);
        }
        var saved = await content.SaveAsync(edited.Item!, user.Name, cancellationToken);
        return saved.Succeeded ? ManagementResults.EmptyOk(http) : problems.From(saved, edited.Type, sent);
    }

    /// <summary>Checks a new document as if every culture it names were being published, without storing anything.</summary>
    internal static async Task<IResult> ValidateCreateAsync(CreateDocumentRequestModel request, HttpContext http, DocumentAccess access,
        IContentService content, IContentTypeService types, DocumentEditor editor, ContentValidator validator, CancellationToken cancellationToken)
    {
        var user = await access.UserAsync(http);
        var problems = DocumentProblems.For(user);
        var draft = await NewDraftAsync(request, user, access, content, types, editor, problems, cancellationToken);
        if (draft.Problem is not null)
        {
            return draft.Problem;
        }
        return await ValidateAsync(draft.Item!, draft.Type!, draft.Sent!, cultures: null, validator, problems, http, cancellationToken);
    }

    /// <summary>Checks an update for the given cultures (all it names when none are given), without storing anything.</summary>
    internal static async Task<IResult> ValidateUpdateAsync(Guid id, ValidateUpdateDocumentRequestModel request, HttpContext http, DocumentAccess access,
        IContentService content, IContentTypeService types, DocumentEditor editor, ContentValidator validator, CancellationToken cancellationToken)
    {
        var user = await access.UserAsync(http);
        var problems = DocumentProblems.For(user);
        var sent = DocumentEditingRequest.Of(request.Values, request.Variants);
        var edited = await EditAsync(id, sent, user, access, content, types, editor, problems, cancellationToken);
        if (edited.Problem is not null)
        {
            return edited.Problem;
        }
        return await ValidateAsync(edited.Item!, edited.Type!, sent, request.Cultures, validator, problems, http, cancellationToken);
    }

    private static async Task<IResult> ValidateAsync(ContentItem item, ContentType type, DocumentEditingRequest sent, IReadOnlyList<string>? cultures,
        ContentValidator validator, DocumentProblems problems, HttpContext http, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> checking = !type.VariesByCulture
            ? [ContentData.Invariant]
            : cultures ?? sent.Variants.Select(v => v.Culture).OfType<string>().ToList();
        var errors = DocumentEditor.BlankNames(type, sent).Concat(await validator.ValidateAsync(item, type, checking, cancellationToken))
            .DistinctBy(e => (e.Alias, e.Culture?.ToLowerInvariant())).ToList();
        return errors.Count == 0 ? ManagementResults.EmptyOk(http) : problems.Validation(errors, type, sent);
    }

    private sealed record Draft(ContentItem? Item, ContentType? Type, DocumentEditingRequest? Sent, ProblemHttpResult? Problem)
    {
        public static Draft Refused(ProblemHttpResult problem) => new(null, null, null, problem);
    }

    /// <summary>A new, unsaved item from a create request, with the checks Umbraco makes: the type, the parent, Create on it.</summary>
    private static async Task<Draft> NewDraftAsync(CreateDocumentRequestModel request, BackOfficeUser user, DocumentAccess access,
        IContentService content, IContentTypeService types, DocumentEditor editor, DocumentProblems problems, CancellationToken cancellationToken)
    {
        if (request.DocumentType is null || await types.GetAsync(request.DocumentType.Id, cancellationToken) is not { Kind: ContentTypeKind.Document, IsElement: false } type)
        {
            return Draft.Refused(problems.DocumentTypeNotFound());
        }
        ContentItem? parent = null;
        if (request.Parent is not null && (parent = await content.GetAsync(request.Parent.Id, cancellationToken)) is null or { Trashed: true })
        {
            return Draft.Refused(problems.ParentNotFound());
        }
        if (!await access.AllowsAsync(user, parent, DocumentPermissions.Create, cancellationToken))
        {
            return Draft.Refused(problems.Forbidden());
        }
        if (request.Id is { } wanted && await content.GetAsync(wanted, cancellationToken) is not null)
        {
            return Draft.Refused(problems.Invalid("A document with this id exists already.", "DuplicateKey"));
        }
        if (parent is null ? !type.AllowAtRoot : !(await types.GetAsync(parent.ContentTypeAlias, cancellationToken))!.AllowsChild(type.Alias))
        {
            return Draft.Refused(problems.Invalid(problems.Text.DocumentTypeNotAllowedHere, "NotAllowed"));
        }
        var sent = DocumentEditingRequest.Of(request.Values, request.Variants);
        if (sent.Variants.Count == 0)
        {
            return Draft.Refused(problems.Invalid(problems.Text.VariantsMissing, "InvalidCulture"));
        }
        var item = new ContentItem(type, NodeObjectType.Document, request.Id ?? Guid.NewGuid(), parent?.Id ?? ContentItem.RootId);
        var verbs = await access.VerbsOnAsync(user, parent, cancellationToken);
        return await editor.ApplyAsync(item, type, sent, user, verbs, problems, cancellationToken) is { } refused
            ? Draft.Refused(refused)
            : new Draft(item, type, sent, null);
    }

    /// <summary>The stored draft with the request applied, after the checks: it exists, is not trashed, Update on it.</summary>
    private static async Task<Draft> EditAsync(Guid id, DocumentEditingRequest sent, BackOfficeUser user, DocumentAccess access,
        IContentService content, IContentTypeService types, DocumentEditor editor, DocumentProblems problems, CancellationToken cancellationToken)
    {
        if (await content.GetAsync(id, cancellationToken) is not { } item)
        {
            return Draft.Refused(problems.NotFound());
        }
        if (item.Trashed)
        {
            return Draft.Refused(problems.InTrash());
        }
        if (!await access.AllowsAsync(user, item, DocumentPermissions.Update, cancellationToken))
        {
            return Draft.Refused(problems.Forbidden());
        }
        var type = (await types.GetAsync(item.ContentTypeAlias, cancellationToken))!;
        var verbs = await access.VerbsOnAsync(user, item, cancellationToken);
        return await editor.ApplyAsync(item, type, sent, user, verbs, problems, cancellationToken) is { } refused
            ? Draft.Refused(refused)
            : new Draft(item, type, sent, null);
    }
}
