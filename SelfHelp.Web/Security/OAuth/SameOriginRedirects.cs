using Microsoft.AspNetCore;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SelfHelp.Web.Security.OAuth;

/// <summary>
/// The back office client is registered for every origin the site is reached at (as Umbraco does); so that a forged
/// Host header cannot add an origin a browser is then sent to, a redirect must also go back to the origin the request
/// itself came to.
/// </summary>
internal static class SameOriginRedirects
{
    public static OpenIddictServerHandlerDescriptor AuthorizationRequest { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<OpenIddictServerEvents.ValidateAuthorizationRequestContext>()
            .UseInlineHandler(context =>
            {
                if (context.RedirectUri is { } uri && !IsSameOrigin(uri, context.Transaction.GetHttpRequest()))
                {
                    context.Reject(OpenIddictConstants.Errors.InvalidRequest, "The redirect_uri must be on the origin the request was sent to.");
                }
                return default;
            })
            .SetOrder(int.MinValue + 100_000)
            .Build();

    public static OpenIddictServerHandlerDescriptor EndSessionRequest { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<OpenIddictServerEvents.ValidateEndSessionRequestContext>()
            .UseInlineHandler(context =>
            {
                if (context.PostLogoutRedirectUri is { } uri && !IsSameOrigin(uri, context.Transaction.GetHttpRequest()))
                {
                    context.Reject(OpenIddictConstants.Errors.InvalidRequest, "The post_logout_redirect_uri must be on the origin the request was sent to.");
                }
                return default;
            })
            .SetOrder(int.MinValue + 100_000)
            .Build();

    internal static bool IsSameOrigin(string uri, HttpRequest? request) =>
        request is not null && Uri.TryCreate(uri, UriKind.Absolute, out var target)
        && string.Equals(target.GetLeftPart(UriPartial.Authority), $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);
}
