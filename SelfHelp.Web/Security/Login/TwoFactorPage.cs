using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Identity;

namespace SelfHelp.Web.Security.Login;

/// <summary><c>/umbraco/login/two-factor</c>: the second step for an account with an authenticator app, after the right password.</summary>
public static class TwoFactorPage
{
    public const string Path = "/umbraco/login/two-factor";

    public static string Url(string returnUrl, string culture) =>
        Path + new QueryBuilder { { "returnUrl", returnUrl }, { "culture", culture } }.ToQueryString();

    internal static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpContext context) => Form(context, SignInText.For(context.Request)));
        endpoints.MapPost(Path, PostAsync).RequireRateLimiting(LoginRateLimits.PerAddressPolicy);
    }

    private static IResult Form(HttpContext context, SignInText text, string? error = null, int statusCode = StatusCodes.Status200OK) =>
        new SignInPageWriter(context, text)
            .Heading(text.TwoFactorTitle)
            .FormStart(Url(LoginPage.SafeReturnUrl(context.Request.Query["returnUrl"]), text.Culture))
            .Field("code", text.Code, "text", "one-time-code", error: error, hint: text.TwoFactorIntro, inputMode: "numeric")
            .FormEnd(text.Verify)
            .Link(LoginPage.Url(context.Request.Query["returnUrl"], text.Culture), text.BackToSignIn)
            .Page(text.TwoFactorTitle, statusCode);

    private static async Task<IResult> PostAsync(HttpContext context, IAntiforgery antiforgery, SignInManager<IdentityUser> signIn)
    {
        var text = SignInText.For(context.Request);
        var returnUrl = LoginPage.SafeReturnUrl(context.Request.Query["returnUrl"]);
        if (await SignInForm.ReadAsync(context, antiforgery) is not { } form)
        {
            return Form(context, text, text.FormExpired, StatusCodes.Status400BadRequest);
        }
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            // The password step has expired: start again.
            return TypedResults.Redirect(LoginPage.Url(returnUrl, text.Culture));
        }
        var code = new string(form["code"].ToString().Where(char.IsAsciiDigit).ToArray());
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return TypedResults.Redirect(returnUrl);
        }
        return result.IsLockedOut
            ? LoginPage.Form(context, text, alert: text.LockedOut, statusCode: StatusCodes.Status423Locked)
            : Form(context, text, text.WrongCode, StatusCodes.Status401Unauthorized);
    }
}
