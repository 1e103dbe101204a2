using System.Globalization;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.ContentTypes;

/// <summary>
/// The words the type and data type operations send to staff (problem titles, validation messages), in English and in
/// Traditional Chinese as used in Hong Kong, chosen by the back office user's language (see <see cref="BackOfficeLanguageFilter"/>).
/// </summary>
internal static class TypeText
{
    /// <summary>The Chinese text when the request's UI culture is Chinese, else the English.</summary>
    public static string Pick(string english, string chinese) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? chinese : english;
}

/// <summary>Runs the operation in the signed-in user's back office language, so <see cref="TypeText"/> answers in it.</summary>
internal sealed class BackOfficeLanguageFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var user = await http.RequestServices.GetRequiredService<IBackOfficeUserAccessor>().GetCurrentAsync(http);
        if (user?.LanguageIsoCode is not { Length: > 0 } language)
        {
            return await next(context);
        }
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return await next(context);
        }
        try
        {
            return await next(context);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
