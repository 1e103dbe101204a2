using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SelfHelp.Core.DeliveryApi.Access;
using SelfHelp.Core.DeliveryApi.Models;
using SelfHelp.Core.DeliveryApi.Reading;
using Umbraco.Cms.Core.Models.DeliveryApi;

namespace SelfHelp.Web.DeliveryApi;

/// <summary>The media endpoints of Delivery API v2: query (children of a folder), item by id, item by path, items by ids.</summary>
internal static class MediaEndpoints
{
    public static void MapMediaEndpoints(this RouteGroupBuilder media)
    {
        media.MapGet("", QueryAsync).WithName("GetMedia2.0")
            .WithSummary("Gets a paginated list of media item(s) from query.")
            .Produces<PagedResult<IApiMediaWithCropsResponse>>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        media.MapGet("item/{id:guid}", GetByIdAsync).WithName("GetMediaItemById2.0")
            .WithSummary("Gets a media item by id.")
            .Produces<IApiMediaWithCropsResponse>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        media.MapGet("item/{*path}", GetByPathAsync).WithName("GetMediaItemByPath2.0")
            .WithSummary("Gets a media item by path.")
            .Produces<IApiMediaWithCropsResponse>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        media.MapGet("items", GetItemsAsync).WithName("GetMediaItems2.0")
            .WithSummary("Gets media item(s) by id.")
            .Produces<IApiMediaWithCropsResponse[]>(StatusCodes.Status200OK, "application/json");
    }

    internal static async Task<Results<DeliveryJsonResult, ProblemHttpResult>> QueryAsync(
        DeliveryApiRequest request, IDeliveryMediaReader reader, IOptions<DeliveryApiOutputSettings> settings, CancellationToken cancellationToken,
        string? fetch = null, [FromQuery] string[]? filter = null, [FromQuery] string[]? sort = null, int skip = 0, int take = 10)
    {
        if (DeliveryApiProblems.ForPaging(skip, take, settings.Value.MaxTake) is { } paging)
        {
            return paging;
        }
        var result = await reader.QueryAsync(request.Value, fetch, filter ?? [], sort ?? [], skip, take, cancellationToken);
        return result.Json is { } json
            ? new DeliveryJsonResult(json, DeliveryOutputCacheTags.MediaQueries)
            : DeliveryApiProblems.ForQuery(result.Status);
    }

    internal static async Task<Results<DeliveryJsonResult, ProblemHttpResult>> GetByIdAsync(
        Guid id, DeliveryApiRequest request, IDeliveryMediaReader reader, CancellationToken cancellationToken) =>
        (await reader.GetByIdAsync(request.Value, id, cancellationToken)).Json is { } json ? new DeliveryJsonResult(json) : DeliveryApiProblems.NotFound();

    internal static async Task<Results<DeliveryJsonResult, ProblemHttpResult>> GetByPathAsync(
        DeliveryApiRequest request, IDeliveryMediaReader reader, CancellationToken cancellationToken, string? path = null) =>
        (await reader.GetByPathAsync(request.Value, DeliveryApiRequest.DecodePath(path), cancellationToken)).Json is { } json
            ? new DeliveryJsonResult(json)
            : DeliveryApiProblems.NotFound();

    // Tagged with every key asked for, found or not: an item that is not public yet must evict this answer once it is.
    internal static async Task<DeliveryJsonResult> GetItemsAsync(
        DeliveryApiRequest request, IDeliveryMediaReader reader, CancellationToken cancellationToken, [FromQuery(Name = "id")] Guid[]? id = null) =>
        new(await reader.GetByIdsAsync(request.Value, id ?? [], cancellationToken), [.. (id ?? []).Select(DeliveryOutputCacheTags.Item)]);
}
