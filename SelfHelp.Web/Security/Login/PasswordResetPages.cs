using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Identity;
using SelfHelp.Core.Forms.Email;

namespace SelfHelp.Web.Security.Login;

/// <summary>
/// A forgotten password: the account's email gets a link with Identity's time-limited reset token; the link's page
/// sets a new password. The answer to the request is the same whether or not the account exists.
/// </summary>
public static class PasswordResetPages
{
    public const string ForgottenPath = "/umbraco/login/forgotten-password";
    public const string ResetPath = "/umbraco/login/reset-password";

    public static string ForgottenUrl(string culture) => ForgottenPath + new QueryBuilder { { "culture", culture } }.ToQueryString();

    internal static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ForgottenPath, (HttpContext context) => ForgottenForm(context, SignInText.For(context.Request)));
        endpoints.MapPost(ForgottenPath, RequestLinkAsync).RequireRateLimiting(LoginRateLimits.PerAddressPolicy);
        endpoints.MapGet(ResetPath, (HttpContext context) => ResetForm(context, SignInText.For(context.Request)));
        endpoints.MapPost(ResetPath, ResetAsync).RequireRateLimiting(LoginRateLimits.PerAddressPolicy);
    }

    private static IResult ForgottenForm(HttpContext context, SignInText text, string? error = null, string? notice = null, int statusCode = StatusCodes.Status200OK)
    {
        var page = new SignInPageWriter(context, text).Heading(text.ForgottenTitle).Alert(notice, isError: false);
        if (notice is null)
        {
            page.FormStart(ForgottenUrl(text.Culture))
                .Field("email", text.Email, "email", "username", error: error, hint: text.ForgottenIntro)
                .FormEnd(text.SendLink);
        }
        return page.Link(LoginPage.Url(null, text.Culture), text.BackToSignIn).Page(text.ForgottenTitle, statusCode);
    }

    private static async Task<IResult> RequestLinkAsync(HttpContext context, IAntiforgery antiforgery, UserManager<IdentityUser> users, IEmailSender email, ILoggerFactory loggers)
    {
        var text = SignInText.For(context.Request);
        if (await SignInForm.ReadAsync(context, antiforgery) is not { } form)
        {
            return ForgottenForm(context, text, text.FormExpired, statusCode: StatusCodes.Status400BadRequest);
        }
        var address = form["email"].ToString().Trim();
        if (address.Length is 0 or > 256)
        {
            return ForgottenForm(context, text, text.MissingEmail, statusCode: StatusCodes.Status400BadRequest);
        }
        if (await users.FindByEmailAsync(address) is { } user)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{ResetPath}"
                + new QueryBuilder { { "user", user.Id }, { "code", token }, { "culture", text.Culture } }.ToQueryString();
            try
            {
                await email.SendAsync(new EmailMessage([user.Email!], text.ResetEmailSubject, text.Format(text.ResetEmailBody, link)), context.RequestAborted);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The answer must not differ for an existing account, so a failed send is only logged.
                loggers.CreateLogger(typeof(PasswordResetPages)).LogError(e, "The password reset email for account {UserId} could not be sent.", user.Id);
            }
        }
        return ForgottenForm(context, text, notice: text.LinkSent);
    }

    private static IResult ResetForm(HttpContext context, SignInText text, string? error = null, string? alert = null, int statusCode = StatusCodes.Status200OK) =>
        new SignInPageWriter(context, text)
            .Heading(text.ResetTitle)
            .Alert(alert)
            .FormStart(ResetPath + context.Request.QueryString)
            .Field("password", text.NewPassword, "password", "new-password", error: error, hint: text.PasswordRules)
            .FormEnd(text.SetPassword)
            .Page(text.ResetTitle, statusCode);

    private static async Task<IResult> ResetAsync(HttpContext context, IAntiforgery antiforgery, UserManager<IdentityUser> users)
    {
        var text = SignInText.For(context.Request);
        if (await SignInForm.ReadAsync(context, antiforgery) is not { } form)
        {
            return ResetForm(context, text, alert: text.FormExpired, statusCode: StatusCodes.Status400BadRequest);
        }
        var password = form["password"].ToString();
        var user = context.Request.Query["user"].ToString() is { Length: > 0 } id ? await users.FindByIdAsync(id) : null;
        if (user is null)
        {
            return ResetForm(context, text, alert: text.ResetInvalid, statusCode: StatusCodes.Status400BadRequest);
        }
        var result = await users.ResetPasswordAsync(user, context.Request.Query["code"].ToString(), password);
        if (result.Succeeded)
        {
            // A reset also unlocks: the owner of the mailbox has proved who they are.
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            return LoginPage.Form(context, text, notice: text.ResetDone);
        }
        return result.Errors.Any(e => e.Code == "InvalidToken")
            ? ResetForm(context, text, alert: text.ResetInvalid, statusCode: StatusCodes.Status400BadRequest)
            : ResetForm(context, text, error: text.PasswordRules, statusCode: StatusCodes.Status400BadRequest);
    }
}
