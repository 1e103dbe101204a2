using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace SelfHelp.Web.Tests.Api;

/// <summary>One endpoint the app answers with: its key (<c>"GET,HEAD /route"</c>, <c>"*"</c> for any method), its methods and its metadata.</summary>
public sealed record AppEndpoint(string Key, string Route, IReadOnlyList<string> Methods, string DisplayName, EndpointMetadataCollection Metadata)
{
    /// <summary>Whether it answers GET: a GET route, or a route for any method.</summary>
    public bool AnswersGet => Methods.Count == 0 || Methods.Contains(HttpMethods.Get);

    public string[] Policies => Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? "(default)").ToArray();
}

/// <summary>Every endpoint of a host, found from its <see cref="EndpointDataSource"/>, static files aside.</summary>
public static class AppEndpoints
{
    public static IReadOnlyList<AppEndpoint> Of(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            // A conventional route's link-generation entry, which never answers a request.
            .Where(e => e.Metadata.GetMetadata<ISuppressMatchingMetadata>() is not { SuppressMatching: true })
            .Select(e =>
            {
                var methods = e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
                return new AppEndpoint(
                    $"{(methods.Count == 0 ? "*" : string.Join(",", methods))} {e.RoutePattern.RawText}",
                    e.RoutePattern.RawText ?? "", methods.ToList(), e.DisplayName ?? "", e.Metadata);
            })
            .ToList();
}
