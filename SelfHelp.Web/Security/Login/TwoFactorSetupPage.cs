using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace SelfHelp.Web.Security.Login;

/// <summary>
/// <c>/umbraco/login/two-factor-setup</c>, for a signed-in back office user: a shared key for an authenticator app
/// (as an <c>otpauth://</c> QR code and as text in groups of four), turned on once the app's first code is right.
/// </summary>
public static class TwoFactorSetupPage
{
    public const string Path = "/umbraco/login/two-factor-setup";
    private const string Issuer = "SelfHelp";

    internal static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, GetAsync);
        endpoints.MapPost(Path, PostAsync).RequireRateLimiting(LoginRateLimits.PerAddressPolicy);
    }

    private static async Task<IdentityUser?> SignedInAsync(HttpContext context, UserManager<IdentityUser> users)
    {
        var session = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        return session.Succeeded ? await users.GetUserAsync(session.Principal!) : null;
    }

    private static async Task<IResult> GetAsync(HttpContext context, UserManager<IdentityUser> users)
    {
        var text = SignInText.For(context.Request);
        if (await SignedInAsync(context, users) is not { } user)
        {
            return TypedResults.Redirect(LoginPage.Url(Path, text.Culture));
        }
        if (await users.GetAuthenticatorKeyAsync(user) is null)
        {
            await users.ResetAuthenticatorKeyAsync(user);
        }
        return await FormAsync(context, text, users, user);
    }

    private static async Task<IResult> FormAsync(HttpContext context, SignInText text, UserManager<IdentityUser> users, IdentityUser user, string? error = null, int statusCode = StatusCodes.Status200OK)
    {
        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email ?? user.UserName ?? "")}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        using var qr = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var png = Convert.ToBase64String(new PngByteQRCode(qr).GetGraphic(5));
        var grouped = string.Join(' ', key.Chunk(4).Select(c => new string(c)));
        return new SignInPageWriter(context, text)
            .Heading(text.SetupTitle)
            .Paragraph(text.SetupIntro)
            .Raw($"<p><img class=\"qr\" src=\"data:image/png;base64,{png}\" alt=\"{SignInPageWriter.Encode(text.QrCodeAlt)}\"></p>")
            .Raw(new StringBuilder("<p>").Append(SignInPageWriter.Encode(text.SharedKey)).Append(": <code class=\"key\">").Append(grouped).Append("</code></p>").ToString())
            .FormStart(Path + "?culture=" + text.Culture)
            .Field("code", text.Code, "text", "one-time-code", error: error, inputMode: "numeric")
            .FormEnd(text.Verify)
            .Page(text.SetupTitle, statusCode);
    }

    private static async Task<IResult> PostAsync(HttpContext context, IAntiforgery antiforgery, UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn)
    {
        var text = SignInText.For(context.Request);
        if (await SignedInAsync(context, users) is not { } user)
        {
            return TypedResults.Redirect(LoginPage.Url(Path, text.Culture));
        }
        if (await SignInForm.ReadAsync(context, antiforgery) is not { } form || await users.GetAuthenticatorKeyAsync(user) is null)
        {
            return await FormAsync(context, text, users, user, text.FormExpired, StatusCodes.Status400BadRequest);
        }
        var code = new string(form["code"].ToString().Where(char.IsAsciiDigit).ToArray());
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return await FormAsync(context, text, users, user, text.WrongCode, StatusCodes.Status400BadRequest);
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        // The security stamp changed: renew the session so it stays valid.
        await signIn.RefreshSignInAsync(user);
        return new SignInPageWriter(context, text).Heading(text.SetupTitle).Alert(text.SetupDone, isError: false)
            .Link("/umbraco", text.SiteName).Page(text.SetupTitle);
    }
}
