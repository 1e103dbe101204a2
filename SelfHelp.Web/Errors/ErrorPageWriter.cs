using System.Net;
using System.Text;
using SelfHelp.Web.Site;

namespace SelfHelp.Web.Errors;

/// <summary>
/// Writes the problems of page requests (anything outside the APIs) as a small bilingual HTML page: the language of
/// the URL first, the other after it, and no detail beyond what went wrong in plain words.
/// </summary>
internal sealed class ErrorPageWriter : IProblemDetailsWriter
{
    /// <summary>Where the APIs live: problems there are ProblemDetails, everywhere else a page.</summary>
    internal static readonly string[] ApiPrefixes = ["/api", "/umbraco", "/openapi"];

    public bool CanWrite(ProblemDetailsContext context) =>
        !ApiPrefixes.Any(prefix => context.HttpContext.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var serverError = (context.ProblemDetails.Status ?? http.Response.StatusCode) >= 500;
        var chineseFirst = http.Request.Path.StartsWithSegments("/zh-hk", StringComparison.OrdinalIgnoreCase);
        var texts = SiteText.Cultures.Select(SiteText.For).OrderBy(t => chineseFirst == (t.Culture == "zh-HK") ? 0 : 1).ToList();

        var html = new StringBuilder("<!DOCTYPE html>\n");
        html.Append($"<html lang=\"{texts[0].HtmlLang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append($"<title>{Encode(Title(texts[0], serverError))}</title></head><body><main>");
        foreach (var text in texts)
        {
            html.Append($"<section lang=\"{text.HtmlLang}\"><h1>{Encode(Title(text, serverError))}</h1>");
            html.Append($"<p>{Encode(serverError ? text.ServerErrorMessage : text.BadRequestMessage)}</p>");
            html.Append($"<p><a href=\"{Encode(http.Request.PathBase.Add(text.Culture == "zh-HK" ? "/zh-hk/" : "/").Value!)}\">{Encode(text.BackToHome)}</a></p></section>");
        }
        html.Append("</main></body></html>\n");

        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(html.ToString(), http.RequestAborted);
    }

    private static string Title(SiteText text, bool serverError) => serverError ? text.ServerErrorTitle : text.BadRequestTitle;

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
