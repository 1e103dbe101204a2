using System.Net;
using SelfHelp.Core.DeliveryApi.Reading;

namespace SelfHelp.Web.DeliveryApi;

/// <summary>
/// A handler parameter holding the request as the engine reads it (culture, start item, preview, expand, fields),
/// bound once from the headers and query string; <see cref="DeliveryApiAccessFilter"/> answers 404 when the Start-Item
/// names no root.
/// </summary>
public sealed class DeliveryApiRequest(DeliveryRequestResult result)
{
    public DeliveryRequest? Request => result.Request;

    public bool StartItemNotFound => result.StartItemNotFound;

    /// <summary>The bound request; only reachable after the access filter let the call through.</summary>
    public DeliveryRequest Value => result.Request ?? throw new InvalidOperationException("The Start-Item was not found.");

    public static async ValueTask<DeliveryApiRequest?> BindAsync(HttpContext context)
    {
        var request = context.Request;
        var factory = context.RequestServices.GetRequiredService<IDeliveryRequestFactory>();
        var result = await factory.CreateAsync(
            request.Headers[DeliveryApiHeaders.AcceptLanguage].ToString(),
            request.Headers[DeliveryApiHeaders.StartItem].ToString(),
            DeliveryApiHeaders.IsPreview(request),
            request.Query["expand"].FirstOrDefault(),
            request.Query["fields"].FirstOrDefault(),
            context.RequestAborted);
        return new DeliveryApiRequest(result);
    }

    /// <summary>
    /// Clients built from the OpenAPI document encode the path (slashes too); routing decodes all but "%2F", so those
    /// are decoded here, as Umbraco does (dotnet/aspnetcore#11544).
    /// </summary>
    public static string DecodePath(string? path)
    {
        path ??= "";
        return path.Contains("%2F", StringComparison.OrdinalIgnoreCase) ? WebUtility.UrlDecode(path) : path;
    }
}
