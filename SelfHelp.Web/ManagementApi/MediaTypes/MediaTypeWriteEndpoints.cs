using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Web.ManagementApi.ContentTypes;

namespace SelfHelp.Web.ManagementApi.MediaTypes;

/// <summary>The type designer's operations on media types (Settings section); each change is written to its uSync file.</summary>
internal static class MediaTypeWriteEndpoints
{
    private const ContentTypeKind Kind = ContentTypeKind.Media;

    public static void MapMediaTypeWrites(this RouteGroupBuilder group)
    {
        group.MapPost("media-type", CreateAsync).WithName("PostMediaType");
        group.MapPut("media-type/{id:guid}", UpdateAsync).WithName("PutMediaTypeById");
        group.MapDelete("media-type/{id:guid}", DeleteAsync).WithName("DeleteMediaTypeById");
    }

    internal static Task<IResult> CreateAsync(
        CreateMediaTypeRequestModel request, HttpContext http, ContentTypeWrites writes, CancellationToken cancellationToken) =>
        writes.CreateAsync(http, Kind, request.Id, request.Parent is not null, ToRequest(request.Alias, request.Name, request.Description, request.Icon,
            request.AllowedAsRoot, request.VariesByCulture, request.VariesBySegment, request.IsElement, request.Properties, request.Containers,
            request.AllowedMediaTypes, request.Compositions), cancellationToken);

    internal static Task<Results<Ok, ProblemHttpResult>> UpdateAsync(
        Guid id, UpdateMediaTypeRequestModel request, HttpContext http, ContentTypeWrites writes, CancellationToken cancellationToken) =>
        writes.UpdateAsync(http, Kind, id, ToRequest(request.Alias, request.Name, request.Description, request.Icon,
            request.AllowedAsRoot, request.VariesByCulture, request.VariesBySegment, request.IsElement, request.Properties, request.Containers,
            request.AllowedMediaTypes, request.Compositions), cancellationToken);

    internal static Task<Results<Ok, ProblemHttpResult>> DeleteAsync(Guid id, HttpContext http, ContentTypeWrites writes, CancellationToken cancellationToken) =>
        writes.DeleteAsync(http, Kind, id, cancellationToken);

    private static ContentTypeRequest ToRequest(
        string? alias, string? name, string? description, string? icon, bool allowedAsRoot, bool variesByCulture, bool variesBySegment, bool isElement,
        IReadOnlyList<PropertyTypeRequestModel>? properties, IReadOnlyList<PropertyTypeContainerRequestModel>? containers,
        IReadOnlyList<MediaTypeSortModel>? allowed, IReadOnlyList<MediaTypeCompositionModel>? compositions) =>
        new(alias, name, description, icon, allowedAsRoot, variesByCulture, variesBySegment, isElement, properties, containers,
            [.. (allowed ?? []).Select(a => (a.MediaType.Id, a.SortOrder))], "$.allowedMediaTypes",
            [.. (compositions ?? []).Select(c => c.MediaType.Id)], "$.compositions");
}
