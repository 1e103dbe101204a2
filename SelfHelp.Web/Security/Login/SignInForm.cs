using Microsoft.AspNetCore.Antiforgery;

namespace SelfHelp.Web.Security.Login;

/// <summary>Reads a sign-in page's posted form, or nothing when it is not a readable form carrying the page's antiforgery token.</summary>
internal static class SignInForm
{
    public static async Task<IFormCollection?> ReadAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!context.Request.HasFormContentType)
        {
            return null;
        }
        try
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            return await antiforgery.IsRequestValidAsync(context) ? form : null;
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or AntiforgeryValidationException)
        {
            // A body that is not a well-formed form gets the same answer as a form without its token.
            return null;
        }
    }
}
