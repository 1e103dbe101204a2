using System.Net.Http.Headers;
using SelfHelp.Core.DeliveryApi.Reading;

namespace SelfHelp.Web.DeliveryApi;

/// <summary>
/// Writes a rendered Delivery API answer: its bytes as they are (no re-serialisation), its ETag, and 304 when the
/// client already holds it. The keys it shows become output-cache tags, so a change evicts exactly this answer.
/// </summary>
public sealed class DeliveryJsonResult(RenderedJson json, params string[] extraTags) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public const string ItemKey = "SelfHelp.DeliveryApi.Result";

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => "application/json; charset=utf-8";

    public RenderedJson Json => json;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Items[ItemKey] = this;
        var response = httpContext.Response;
        response.Headers.ETag = json.ETag;
        if (IsNotModified(httpContext.Request))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.ContentLength = json.Utf8.Length;
        return response.Body.WriteAsync(json.Utf8, httpContext.RequestAborted).AsTask();
    }

    /// <summary>The output-cache tags of this answer: one per item it shows or lies beneath, plus the query tags.</summary>
    public IEnumerable<string> Tags => json.Keys.Select(DeliveryOutputCacheTags.Item).Concat(extraTags);

    private bool IsNotModified(HttpRequest request)
    {
        var header = request.Headers.IfNoneMatch.ToString();
        if (string.IsNullOrEmpty(header))
        {
            return false;
        }
        return header.Trim() == "*"
            || header.Split(',').Any(tag => EntityTagHeaderValue.TryParse(tag.Trim(), out var parsed) && parsed.Tag == json.ETag);
    }
}
