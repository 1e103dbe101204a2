using System.Collections.Concurrent;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SelfHelp.Web.Security.OAuth;

/// <summary>
/// Keeps the public client <c>umbraco-back-office</c> registered for every origin the site is reached at, as Umbraco
/// does: the first sign-in request at an origin adds <c>{origin}/umbraco/oauth_complete</c> and
/// <c>{origin}/umbraco/logout</c> to its redirect URIs (<see cref="SameOriginRedirects"/> keeps each to its own origin).
/// </summary>
public sealed class BackOfficeClientRegistration
{
    public const string ClientId = "umbraco-back-office";
    public const string RedirectPath = "/umbraco/oauth_complete";
    public const string PostLogoutRedirectPath = "/umbraco/logout";

    private readonly ConcurrentDictionary<string, bool> _known = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _writing = new(1, 1);

    /// <summary>Registers the request's origin before OpenIddict validates a sign-in or sign-out request.</summary>
    public async Task EnsureOriginAsync(HttpContext context)
    {
        var origin = $"{context.Request.Scheme}://{context.Request.Host.Value}";
        if (_known.ContainsKey(origin))
        {
            return;
        }
        await _writing.WaitAsync(context.RequestAborted);
        try
        {
            if (_known.ContainsKey(origin))
            {
                return;
            }
            var applications = context.RequestServices.GetRequiredService<IOpenIddictApplicationManager>();
            var descriptor = new OpenIddictApplicationDescriptor();
            var existing = await applications.FindByClientIdAsync(ClientId, context.RequestAborted);
            if (existing is not null)
            {
                await applications.PopulateAsync(descriptor, existing, context.RequestAborted);
            }
            descriptor.ClientId = ClientId;
            descriptor.DisplayName = "Umbraco back-office access";
            descriptor.ClientType = ClientTypes.Public;
            descriptor.RedirectUris.Add(new Uri(origin + RedirectPath));
            descriptor.PostLogoutRedirectUris.Add(new Uri(origin + PostLogoutRedirectPath));
            descriptor.Permissions.UnionWith(
            [
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.Endpoints.Revocation, Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code, Permissions.Prefixes.Scope + Scopes.OfflineAccess,
            ]);
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
            if (existing is null)
            {
                await applications.CreateAsync(descriptor, context.RequestAborted);
            }
            else
            {
                await applications.UpdateAsync(existing, descriptor, context.RequestAborted);
            }
            _known[origin] = true;
        }
        finally
        {
            _writing.Release();
        }
    }

    /// <summary>Runs <see cref="EnsureOriginAsync"/> ahead of the authorize and sign-out endpoints.</summary>
    public static IApplicationBuilder UseBackOfficeClientRegistration(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments(BackOfficeOAuth.AuthorizePath) || path.StartsWithSegments(BackOfficeOAuth.SignOutPath))
        {
            await context.RequestServices.GetRequiredService<BackOfficeClientRegistration>().EnsureOriginAsync(context);
        }
        await next(context);
    });
}
