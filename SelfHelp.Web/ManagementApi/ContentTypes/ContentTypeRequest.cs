namespace SelfHelp.Web.ManagementApi.ContentTypes;

/// <summary>
/// What a create or update of a document or media type asks for, whichever model it came in: the applier checks and
/// applies this one shape. <see cref="AllowedChildrenPath"/> and <see cref="CompositionsPath"/> are the JSONPaths of the
/// lists in the request body (<c>$.allowedDocumentTypes</c> or <c>$.allowedMediaTypes</c>, ...), for error keys.
/// </summary>
internal sealed record ContentTypeRequest(
    string? Alias,
    string? Name,
    string? Description,
    string? Icon,
    bool AllowedAsRoot,
    bool VariesByCulture,
    bool VariesBySegment,
    bool IsElement,
    IReadOnlyList<PropertyTypeRequestModel>? Properties,
    IReadOnlyList<PropertyTypeContainerRequestModel>? Containers,
    IReadOnlyList<(Guid Id, int SortOrder)> AllowedChildren,
    string AllowedChildrenPath,
    IReadOnlyList<Guid> Compositions,
    string CompositionsPath);
