using SelfHelp.Core.DeliveryApi.Access;

namespace SelfHelp.Web.DeliveryApi;

/// <summary>
/// Every Delivery API call passes here once: 404 while the API (or media) is disabled, 401 with an empty body without
/// access (preview always needs the key), 404 for an unknown Start-Item, and a Vary header on every answer.
/// </summary>
internal sealed class DeliveryApiAccessFilter(IDeliveryApiAccess access, bool media) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        http.Response.Headers.Vary = DeliveryApiHeaders.VaryHeader;
        if (!access.IsEnabled || (media && !access.IsMediaEnabled))
        {
            return TypedResults.NotFound();
        }
        var apiKey = http.Request.Headers[DeliveryApiHeaders.ApiKey].ToString();
        var preview = DeliveryApiHeaders.IsPreview(http.Request);
        var allowed = media ? access.HasMediaAccess(apiKey) && (!preview || access.HasPreviewAccess(apiKey))
            : preview ? access.HasPreviewAccess(apiKey) : access.HasContentAccess(apiKey);
        if (!allowed)
        {
            http.Response.Headers.CacheControl = "no-store";
            // Umbraco answers 401 with an empty body; the site's status-code pages would add a ProblemDetails.
            if (http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } statusCodePages)
            {
                statusCodePages.Enabled = false;
            }
            return TypedResults.Unauthorized();
        }
        if (context.Arguments.OfType<DeliveryApiRequest>().FirstOrDefault() is { StartItemNotFound: true })
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Start-Item not found", detail: "The Start-Item could not be found");
        }
        if (preview)
        {
            // Drafts are for the key holder only: never stored by a shared cache.
            http.Response.Headers.CacheControl = "no-store";
        }
        return await next(context);
    }
}
