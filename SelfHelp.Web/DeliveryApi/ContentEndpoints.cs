using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SelfHelp.Core.DeliveryApi.Access;
using SelfHelp.Core.DeliveryApi.Models;
using SelfHelp.Core.DeliveryApi.Reading;
using Umbraco.Cms.Core.Models.DeliveryApi;

namespace SelfHelp.Web.DeliveryApi;

/// <summary>The content endpoints of Delivery API v2: query, item by id, item by path (with 301s for moved items), items by ids.</summary>
internal static class ContentEndpoints
{
    public static void MapContentEndpoints(this RouteGroupBuilder content)
    {
        content.MapGet("", QueryAsync).WithName("GetContent2.0")
            .WithSummary("Gets a paginated list of content item(s) from query.")
            .Produces<PagedResult<IApiContentResponse>>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        content.MapGet("item/{id:guid}", GetByIdAsync).WithName("GetContentItemById2.0")
            .WithSummary("Gets a content item by id.")
            .Produces<IApiContentResponse>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        content.MapGet("item/{*path}", GetByPathAsync).WithName("GetContentItemByPath2.0")
            .WithSummary("Gets a content item by route.")
            .WithDescription("Optional URL segment for the root content item can be added through the \"Start-Item\" header.")
            .Produces<IApiContentResponse>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status301MovedPermanently)
            .ProducesProblem(StatusCodes.Status404NotFound);
        content.MapGet("items", GetItemsAsync).WithName("GetContentItems2.0")
            .WithSummary("Gets content item(s) by id.")
            .Produces<IApiContentResponse[]>(StatusCodes.Status200OK, "application/json");
    }

    internal static async Task<Results<DeliveryJsonResult, ProblemHttpResult>> QueryAsync(
        DeliveryApiRequest request, IDeliveryContentReader reader, IOptions<DeliveryApiOutputSettings> settings, CancellationToken cancellationToken,
        string? fetch = null, [FromQuery] string[]? filter = null, [FromQuery] string[]? sort = null, int skip = 0, int take = 10)
    {
        if (DeliveryApiProblems.ForPaging(skip, take, settings.Value.MaxTake) is { } paging)
        {
            return paging;
        }
        var result = await reader.QueryAsync(request.Value, fetch, filter ?? [], sort ?? [], skip, take, cancellationToken);
        return result.Json is { } json
            ? new DeliveryJsonResult(json, DeliveryOutputCacheTags.ContentQueries)
            : DeliveryApiProblems.ForQuery(result.Status);
    }

    internal static async Task<Results<DeliveryJsonResult, ProblemHttpResult>> GetByIdAsync(
        Guid id, DeliveryApiRequest request, IDeliveryContentReader reader, CancellationToken cancellationToken) =>
        (await reader.GetByIdAsync(request.Value, id, cancellationToken)).Json is { } json ? new DeliveryJsonResult(json) : DeliveryApiProblems.NotFound();

    internal static async Task<Results<DeliveryJsonResult, RedirectHttpResult, ProblemHttpResult>> GetByPathAsync(
        HttpContext http, DeliveryApiRequest request, IDeliveryContentReader reader, CancellationToken cancellationToken, string? path = null)
    {
        var result = await reader.GetByPathAsync(request.Value, DeliveryApiRequest.DecodePath(path), cancellationToken);
        switch (result.Status)
        {
            case ItemReadStatus.Found:
                return new DeliveryJsonResult(result.Json!);
            case ItemReadStatus.Redirect:
                var route = result.RedirectTo!;
                http.Response.Headers[DeliveryApiHeaders.LocationStartItemPath] = Uri.EscapeDataString(route.StartItem.Path);
                http.Response.Headers[DeliveryApiHeaders.LocationStartItemId] = route.StartItem.Id.ToString("D");
                return TypedResults.Redirect(EscapePath(route.Path), permanent: true);
            default:
                return DeliveryApiProblems.NotFound();
        }
    }

    // Tagged with every key asked for, found or not: an item that is not public yet must evict this answer once it is.
    internal static async Task<DeliveryJsonResult> GetItemsAsync(
        DeliveryApiRequest request, IDeliveryContentReader reader, CancellationToken cancellationToken, [FromQuery(Name = "id")] Guid[]? id = null) =>
        new(await reader.GetByIdsAsync(request.Value, id ?? [], cancellationToken), [.. (id ?? []).Select(DeliveryOutputCacheTags.Item)]);

    // Routes keep Chinese characters; a Location header must be ASCII, so each segment is percent-encoded.
    private static string EscapePath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
