using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Identity;

namespace SelfHelp.Web.Security.Login;

/// <summary>
/// <c>/umbraco/login</c>: email and password for a back office session, then back to the return URL (the authorize
/// endpoint, which issues the code). Five wrong passwords lock the account (Identity's lockout); too many attempts
/// from one address or for one account get a 429 page.
/// </summary>
public static class LoginPage
{
    public const string Path = "/umbraco/login";
    private const int MaxEmailLength = 256;
    private const int MaxPasswordLength = 1024;

    public static string Url(string? returnUrl, string? culture = null)
    {
        var query = new QueryBuilder();
        if (!string.IsNullOrEmpty(returnUrl))
        {
            query.Add("returnUrl", returnUrl);
        }
        if (!string.IsNullOrEmpty(culture))
        {
            query.Add("culture", culture);
        }
        return Path + query.ToQueryString();
    }

    /// <summary>Only a path on this site under /umbraco, so the page cannot send anyone elsewhere.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith("/umbraco", StringComparison.Ordinal) && !url.Contains('\\') && !url.StartsWith("//", StringComparison.Ordinal)
            ? url : "/umbraco";

    internal static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpContext context) => Form(context, SignInText.For(context.Request)));
        endpoints.MapPost(Path, PostAsync).RequireRateLimiting(LoginRateLimits.PerAddressPolicy);
    }

    internal static IResult Form(HttpContext context, SignInText text, string? email = null, string? alert = null,
        string? emailError = null, string? passwordError = null, int statusCode = StatusCodes.Status200OK, string? notice = null)
    {
        var returnUrl = SafeReturnUrl(context.Request.Query["returnUrl"]);
        return new SignInPageWriter(context, text)
            .Heading(text.SignInTitle)
            .Alert(notice, isError: false)
            .Alert(alert)
            .FormStart(Url(returnUrl, text.Culture))
            .Field("email", text.Email, "email", "username", email, emailError)
            .Field("password", text.Password, "password", "current-password", error: passwordError)
            .FormEnd(text.SignIn)
            .Link(PasswordResetPages.ForgottenUrl(text.Culture), text.ForgottenPassword)
            .Page(text.SignInTitle, statusCode);
    }

    private static async Task<IResult> PostAsync(HttpContext context, IAntiforgery antiforgery, SignInManager<IdentityUser> signIn, LoginRateLimits limits)
    {
        var text = SignInText.For(context.Request);
        if (await SignInForm.ReadAsync(context, antiforgery) is not { } form)
        {
            return Form(context, text, alert: text.FormExpired, statusCode: StatusCodes.Status400BadRequest);
        }
        string email = form["email"].ToString().Trim(), password = form["password"].ToString();
        string? emailError = email.Length is 0 or > MaxEmailLength ? text.MissingEmail : null;
        string? passwordError = password.Length is 0 or > MaxPasswordLength ? text.MissingPassword : null;
        if (emailError is not null || passwordError is not null)
        {
            return Form(context, text, email, emailError: emailError, passwordError: passwordError, statusCode: StatusCodes.Status400BadRequest);
        }
        using var lease = limits.AcquireForAccount(signIn.UserManager.NormalizeEmail(email) ?? "");
        if (!lease.IsAcquired)
        {
            LoginRateLimits.SetRetryAfter(lease, context);
            return Form(context, text, email, alert: text.TooManyAttempts, statusCode: StatusCodes.Status429TooManyRequests);
        }
        // Identity signs in by user name; staff accounts use their email as it.
        var result = await signIn.PasswordSignInAsync(email, password, isPersistent: false, lockoutOnFailure: true);
        var returnUrl = SafeReturnUrl(context.Request.Query["returnUrl"]);
        if (result.Succeeded)
        {
            return TypedResults.Redirect(returnUrl);
        }
        if (result.RequiresTwoFactor)
        {
            return TypedResults.Redirect(TwoFactorPage.Url(returnUrl, text.Culture));
        }
        return result.IsLockedOut
            ? Form(context, text, email, alert: text.LockedOut, statusCode: StatusCodes.Status423Locked)
            : Form(context, text, email, alert: text.WrongCredentials, statusCode: StatusCodes.Status401Unauthorized);
    }
}
