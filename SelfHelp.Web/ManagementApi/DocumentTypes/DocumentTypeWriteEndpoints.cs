using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Web.ManagementApi.ContentTypes;

namespace SelfHelp.Web.ManagementApi.DocumentTypes;

/// <summary>The type designer's operations on document and element types (Settings section); each change is written to its uSync file.</summary>
internal static class DocumentTypeWriteEndpoints
{
    private const ContentTypeKind Kind = ContentTypeKind.Document;

    public static void MapDocumentTypeWrites(this RouteGroupBuilder group)
    {
        group.MapPost("document-type", CreateAsync).WithName("PostDocumentType");
        group.MapPut("document-type/{id:guid}", UpdateAsync).WithName("PutDocumentTypeById");
        group.MapDelete("document-type/{id:guid}", DeleteAsync).WithName("DeleteDocumentTypeById");
        group.MapPost("document-type/available-compositions", AvailableCompositionsAsync).WithName("PostDocumentTypeAvailableCompositions");
    }

    internal static Task<IResult> CreateAsync(
        CreateDocumentTypeRequestModel request, HttpContext http, ContentTypeWrites writes, CancellationToken cancellationToken) =>
        writes.CreateAsync(http, Kind, request.Id, request.Parent is not null, ToRequest(request.Alias, request.Name, request.Description, request.Icon,
            request.AllowedAsRoot, request.VariesByCulture, request.VariesBySegment, request.IsElement, request.Properties, request.Containers,
            request.AllowedDocumentTypes, request.Compositions), cancellationToken);

    internal static Task<Results<Ok, ProblemHttpResult>> UpdateAsync(
        Guid id, UpdateDocumentTypeRequestModel request, HttpContext http, ContentTypeWrites writes, CancellationToken cancellationToken) =>
        writes.UpdateAsync(http, Kind, id, ToRequest(request.Alias, request.Name, request.Description, request.Icon,
            request.AllowedAsRoot, request.VariesByCulture, request.VariesBySegment, request.IsElement, request.Properties, request.Containers,
            request.AllowedDocumentTypes, request.Compositions), cancellationToken);

    internal static Task<Results<Ok, ProblemHttpResult>> DeleteAsync(Guid id, HttpContext http, ContentTypeWrites writes, CancellationToken cancellationToken) =>
        writes.DeleteAsync(http, Kind, id, cancellationToken);

    internal static async Task<Ok<List<AvailableDocumentTypeCompositionResponseModel>>> AvailableCompositionsAsync(
        DocumentTypeCompositionRequestModel request, IContentTypeService contentTypes, CancellationToken cancellationToken)
    {
        var all = ContentTypeLookup.OfKind(await contentTypes.GetAllAsync(cancellationToken), Kind);
        var current = request.CurrentPropertyAliases ?? [];
        var self = request.Id is { } id ? all.FirstOrDefault(t => t.Key == id) : null;
        // An element type composes only element types; a type that composes others (or this one) cannot be composed.
        var candidates = all
            .Where(t => t.Key != request.Id && (!request.IsElement || t.IsElement) && t.Compositions.Count == 0)
            .Where(t => self is null || !t.Compositions.Contains(self.Alias, StringComparer.OrdinalIgnoreCase))
            .Select(t => new AvailableDocumentTypeCompositionResponseModel(t.Key, t.Name, t.Icon ?? DocumentTypeResponses.DefaultIcon, [],
                (request.CurrentCompositeIds ?? []).Contains(t.Key)
                || !t.Properties.Any(p => current.Contains(p.Alias, StringComparer.OrdinalIgnoreCase))))
            .ToList();
        return TypedResults.Ok(candidates);
    }

    private static ContentTypeRequest ToRequest(
        string? alias, string? name, string? description, string? icon, bool allowedAsRoot, bool variesByCulture, bool variesBySegment, bool isElement,
        IReadOnlyList<PropertyTypeRequestModel>? properties, IReadOnlyList<PropertyTypeContainerRequestModel>? containers,
        IReadOnlyList<DocumentTypeSortModel>? allowed, IReadOnlyList<DocumentTypeCompositionModel>? compositions) =>
        new(alias, name, description, icon, allowedAsRoot, variesByCulture, variesBySegment, isElement, properties, containers,
            [.. (allowed ?? []).Select(a => (a.DocumentType.Id, a.SortOrder))], "$.allowedDocumentTypes",
            [.. (compositions ?? []).Select(c => c.DocumentType.Id)], "$.compositions");
}
