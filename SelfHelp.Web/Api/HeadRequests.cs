using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Routing;

namespace SelfHelp.Web.Api;

/// <summary>
/// HEAD answered like GET without a body (RFC 9110 §9.3.2) on every route, APIs and pages alike: minimal APIs' <c>MapGet</c>
/// answers GET only, so a convention on the group every endpoint is mapped in adds HEAD wherever GET is allowed.
/// </summary>
public static class HeadRequests
{
    /// <summary>A group at the root whose endpoints (and those of groups inside it) answer HEAD wherever they answer GET.</summary>
    public static RouteGroupBuilder MapEndpointsAnsweringHead(this WebApplication app)
    {
        var group = app.MapGroup("");
        // Finally: after every endpoint's own conventions, so a route's methods are known whichever way it was mapped.
        ((IEndpointConventionBuilder)group).Finally(AddHeadWhereGet);
        return group;
    }

    /// <summary>
    /// Drops the body of every HEAD answer, leaving status and headers as GET's. Kestrel drops it too, but the test
    /// server and other servers need not, and the promise is the app's.
    /// </summary>
    public static WebApplication UseHeadWithoutBody(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }
            var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
            context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
            try
            {
                await next(context);
            }
            finally
            {
                context.Features.Set(body);
            }
        });
        return app;
    }

    private static void AddHeadWhereGet(EndpointBuilder endpoint)
    {
        // Routing reads the last method metadata, so adding one after the route's own replaces it.
        if (endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault() is { } methods
            && methods.HttpMethods.Contains(HttpMethods.Get, StringComparer.OrdinalIgnoreCase)
            && !methods.HttpMethods.Contains(HttpMethods.Head, StringComparer.OrdinalIgnoreCase))
        {
            endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head], methods.AcceptCorsPreflight));
        }
    }
}

/// <summary>
/// Keeps the HEAD twins of GET routes out of the OpenAPI documents: HEAD is implied by GET (RFC 9110), and Umbraco's
/// contracts list GET only.
/// </summary>
internal sealed class HeadApiDescriptionFilter : IApiDescriptionProvider
{
    public int Order => 0;

    public void OnProvidersExecuting(ApiDescriptionProviderContext context)
    {
    }

    public void OnProvidersExecuted(ApiDescriptionProviderContext context)
    {
        var heads = context.Results.Where(d => HttpMethods.IsHead(d.HttpMethod ?? "")).ToList();
        foreach (var head in heads)
        {
            context.Results.Remove(head);
        }
    }
}
