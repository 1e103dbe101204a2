namespace SelfHelp.Web.DeliveryApi;

/// <summary>The request and response headers of Umbraco's Delivery API.</summary>
public static class DeliveryApiHeaders
{
    public const string AcceptLanguage = "Accept-Language";
    public const string AcceptSegment = "Accept-Segment";
    public const string ApiKey = "Api-Key";
    public const string Preview = "Preview";
    public const string StartItem = "Start-Item";
    public const string LocationStartItemPath = "Location-Start-Item-Path";
    public const string LocationStartItemId = "Location-Start-Item-Id";

    /// <summary>Every request header that can change an answer: caches in front must keep answers apart by all of them.</summary>
    public static readonly string[] VaryBy = [AcceptLanguage, AcceptSegment, ApiKey, Preview, StartItem];

    /// <summary><see cref="VaryBy"/> as one response header value, built once.</summary>
    public static readonly string VaryHeader = string.Join(", ", VaryBy);

    public static bool IsPreview(HttpRequest request) =>
        bool.TryParse(request.Headers[Preview].ToString(), out var preview) && preview;
}
