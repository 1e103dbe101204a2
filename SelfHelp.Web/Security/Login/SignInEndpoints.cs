using SelfHelp.Web.Security.OAuth;

namespace SelfHelp.Web.Security.Login;

/// <summary>Maps the back office's sign-in: its pages, the OAuth endpoints, and the document of the staff APIs (<see cref="ManagementApiOpenApi"/>).</summary>
public static class SignInEndpoints
{
    public static IServiceCollection AddSignInPages(this IServiceCollection services)
    {
        services.AddAntiforgery();
        return services;
    }

    public static IEndpointRouteBuilder MapBackOfficeSignIn(this IEndpointRouteBuilder endpoints)
    {
        var pages = endpoints.MapGroup("").AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        LoginPage.Map(pages);
        TwoFactorPage.Map(pages);
        TwoFactorSetupPage.Map(pages);
        PasswordResetPages.Map(pages);
        endpoints.MapBackOfficeOAuth();
        endpoints.MapOpenApi(ManagementApiOpenApi.DocumentRoute);
        return endpoints;
    }
}
