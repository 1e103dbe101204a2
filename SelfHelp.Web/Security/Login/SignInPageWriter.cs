using System.Net;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Extensions;
using SelfHelp.Web.BackOffice;

namespace SelfHelp.Web.Security.Login;

/// <summary>
/// Writes a sign-in page: plain, server-rendered HTML that works without JavaScript, with labelled fields whose errors
/// are tied to them (<c>aria-describedby</c>, <c>aria-invalid</c>), a language switch, and the back office client's
/// <c>login</c> entry (UUI) when it is built.
/// </summary>
internal sealed class SignInPageWriter(HttpContext context, SignInText text)
{
    private readonly StringBuilder _body = new();

    public SignInText Text => text;

    public static string Encode(string value) => WebUtility.HtmlEncode(value);

    public SignInPageWriter Heading(string value)
    {
        _body.Append("<h1>").Append(Encode(value)).Append("</h1>");
        return this;
    }

    public SignInPageWriter Paragraph(string value, string? id = null)
    {
        _body.Append(id is null ? "<p>" : $"<p id=\"{id}\">").Append(Encode(value)).Append("</p>");
        return this;
    }

    /// <summary>A message about the whole form, announced to screen readers.</summary>
    public SignInPageWriter Alert(string? value, bool isError = true)
    {
        if (value is not null)
        {
            _body.Append(isError ? "<p class=\"alert error\" role=\"alert\">" : "<p class=\"alert\" role=\"status\">").Append(Encode(value)).Append("</p>");
        }
        return this;
    }

    public SignInPageWriter Link(string href, string label)
    {
        _body.Append("<p><a href=\"").Append(Encode(href)).Append("\">").Append(Encode(label)).Append("</a></p>");
        return this;
    }

    public SignInPageWriter Raw(string html)
    {
        _body.Append(html);
        return this;
    }

    /// <summary>Opens a POST form to <paramref name="action"/> with the antiforgery token.</summary>
    public SignInPageWriter FormStart(string action)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        _body.Append("<form method=\"post\" novalidate action=\"").Append(Encode(action)).Append("\">")
            .Append("<input type=\"hidden\" name=\"").Append(Encode(tokens.FormFieldName)).Append("\" value=\"").Append(Encode(tokens.RequestToken!)).Append("\">");
        return this;
    }

    public SignInPageWriter Hidden(string name, string? value)
    {
        _body.Append("<input type=\"hidden\" name=\"").Append(name).Append("\" value=\"").Append(Encode(value ?? "")).Append("\">");
        return this;
    }

    /// <summary>A labelled input; an error is shown under it and tied to it.</summary>
    public SignInPageWriter Field(string name, string label, string type, string autocomplete, string? value = null, string? error = null, string? hint = null, string? inputMode = null)
    {
        var described = new List<string>();
        _body.Append("<div class=\"field\"><label for=\"").Append(name).Append("\">").Append(Encode(label)).Append("</label>");
        if (hint is not null)
        {
            _body.Append("<p class=\"hint\" id=\"").Append(name).Append("-hint\">").Append(Encode(hint)).Append("</p>");
            described.Add(name + "-hint");
        }
        if (error is not null)
        {
            _body.Append("<p class=\"field-error\" id=\"").Append(name).Append("-error\">").Append(Encode(error)).Append("</p>");
            described.Add(name + "-error");
        }
        _body.Append("<input id=\"").Append(name).Append("\" name=\"").Append(name).Append("\" type=\"").Append(type)
            .Append("\" autocomplete=\"").Append(autocomplete).Append("\" required");
        if (inputMode is not null)
        {
            _body.Append(" inputmode=\"").Append(inputMode).Append('"');
        }
        if (value is not null)
        {
            _body.Append(" value=\"").Append(Encode(value)).Append('"');
        }
        if (described.Count > 0)
        {
            _body.Append(" aria-describedby=\"").Append(string.Join(' ', described)).Append('"');
        }
        if (error is not null)
        {
            _body.Append(" aria-invalid=\"true\"");
        }
        _body.Append("></div>");
        return this;
    }

    public SignInPageWriter FormEnd(string submit)
    {
        _body.Append("<button type=\"submit\">").Append(Encode(submit)).Append("</button></form>");
        return this;
    }

    /// <summary>The whole page with <paramref name="title"/> and the given status code.</summary>
    public IResult Page(string title, int statusCode = StatusCodes.Status200OK)
    {
        var assets = context.RequestServices.GetService<IBackOfficeAssets>()?.Entry("login");
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"").Append(text.HtmlLang).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"robots\" content=\"noindex\">")
            .Append("<title>").Append(Encode(title)).Append(" – ").Append(Encode(text.SiteName)).Append("</title>")
            .Append("<link rel=\"stylesheet\" href=\"/css/sign-in.css\">");
        foreach (var style in assets?.Styles ?? [])
        {
            html.Append("<link rel=\"stylesheet\" href=\"").Append(Encode(style)).Append("\">");
        }
        foreach (var script in assets?.Scripts ?? [])
        {
            html.Append("<script type=\"module\" src=\"").Append(Encode(script)).Append("\"></script>");
        }
        html.Append("</head><body><header><p class=\"site\">").Append(Encode(text.SiteName)).Append("</p>")
            .Append("<nav aria-label=\"").Append(Encode(text.SwitchLabel)).Append("\"><a href=\"").Append(Encode(SwitchUrl()))
            .Append("\" lang=\"").Append(text.Other.HtmlLang).Append("\" hreflang=\"").Append(text.Other.HtmlLang).Append("\">")
            .Append(text.SwitchCulture == "en" ? "English" : "繁體中文").Append("</a></nav></header>")
            .Append("<main>").Append(_body).Append("</main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, statusCode);
    }

    /// <summary>This page in the other language (GET, with the same return URL).</summary>
    private string SwitchUrl()
    {
        var query = new QueryBuilder(context.Request.Query.Where(q => q.Key != "culture").SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v ?? ""))))
        {
            { "culture", text.SwitchCulture },
        };
        return context.Request.PathBase + context.Request.Path + query.ToQueryString();
    }
}
