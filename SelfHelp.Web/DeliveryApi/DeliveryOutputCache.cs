using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using SelfHelp.Core.PublishedCache;
using Umbraco.Cms.Core.Configuration.Models;

namespace SelfHelp.Web.DeliveryApi;

/// <summary>Output-cache tags: one per item an answer shows, one per kind of query, one for everything.</summary>
public static class DeliveryOutputCacheTags
{
    public const string All = "delivery";
    public const string ContentQueries = "delivery:query:content";
    public const string MediaQueries = "delivery:query:media";

    public static string Item(Guid key) => "delivery:item:" + key.ToString("D");
}

/// <summary>
/// Caches published Delivery API answers (Umbraco's <c>OutputCache</c> settings), kept apart by every header that
/// changes an answer (Api-Key too: Umbraco's CVE-2025-54425 was a cache that did not) and the whole query string.
/// Preview, errors and unauthorised answers are never stored, nor an answer built from a snapshot that a publish
/// replaced while it was being built.
/// </summary>
internal sealed class DeliveryOutputCachePolicy(bool media) : IOutputCachePolicy
{
    private const string GenerationItemKey = "SelfHelp.DeliveryApi.Generation";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var outputCache = context.HttpContext.RequestServices.GetRequiredService<IOptions<DeliveryApiSettings>>().Value.OutputCache;
        var cache = context.HttpContext.RequestServices.GetRequiredService<IPublishedContentCache>();
        var duration = media ? outputCache.MediaDuration : outputCache.ContentDuration;
        var request = context.HttpContext.Request;
        var enabled = outputCache.Enabled && duration > TimeSpan.Zero && HttpMethods.IsGet(request.Method) && !DeliveryApiHeaders.IsPreview(request);
        context.EnableOutputCaching = enabled;
        context.AllowCacheLookup = enabled;
        context.AllowCacheStorage = enabled;
        context.AllowLocking = true;
        if (!enabled)
        {
            return ValueTask.CompletedTask;
        }
        context.ResponseExpirationTimeSpan = duration;
        // The raw query string, not QueryKeys "*": that sorts each key's values in place (the request's own
        // collection), which would reorder content/items?id=…&id=… before binding and share one entry between orders.
        context.CacheVaryByRules.VaryByValues["query"] = request.QueryString.Value ?? "";
        context.CacheVaryByRules.HeaderNames = DeliveryApiHeaders.VaryBy;
        context.Tags.Add(DeliveryOutputCacheTags.All);
        context.HttpContext.Items[GenerationItemKey] = cache.Current.Generation;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var cache = http.RequestServices.GetRequiredService<IPublishedContentCache>();
        var builtFrom = http.Items[GenerationItemKey] as long?;
        if (http.Response.StatusCode != StatusCodes.Status200OK || builtFrom != cache.Current.Generation)
        {
            context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }
        if (http.Items[DeliveryJsonResult.ItemKey] is DeliveryJsonResult result)
        {
            foreach (var tag in result.Tags)
            {
                context.Tags.Add(tag);
            }
        }
        return ValueTask.CompletedTask;
    }
}
