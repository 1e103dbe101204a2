using System.Text;
using System.Text.Encodings.Web;

namespace SelfHelp.Web.BackOffice;

/// <summary>
/// The page at <c>/umbraco</c> (and the client's own routes below it, so a deep link reloads): what Umbraco's
/// <c>UmbracoBackOffice/Index.cshtml</c> serves, <c>&lt;umb-app&gt;</c> with its stylesheet and module script; or, when
/// the client is not built, a page in both languages saying how to build it.
/// </summary>
internal static class BackOfficePageEndpoint
{
    public const string BackOfficePath = "/umbraco";

    /// <summary>
    /// The client's top-level routes a browser may load directly (sections, the OAuth redirect, sign-out, its error
    /// and preview pages); every other address under /umbraco belongs to the APIs, the sign-in page or nobody.
    /// </summary>
    public const string ClientRoute = BackOfficePath + "/{clientRoute:regex(^(section|oauth_complete|logout|error|preview)$)}/{**rest}";

    /// <summary>
    /// The back office's own policy: scripts only from this site, as on the public pages; styles may be inline because
    /// the client's Lit templates carry style attributes and its code editor writes style elements; images and media
    /// may be blob: or data: URLs (previews of files before upload); workers from this site or blob:.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; media-src 'self' blob:; worker-src 'self' blob:; frame-src 'self'; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'none'";

    public static IResult Page(IBackOfficeAssets assets, HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        context.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        var app = assets.Entry("app");
        return app is null
            ? TypedResults.Content(NotBuiltPage, "text/html; charset=utf-8", Encoding.UTF8, StatusCodes.Status503ServiceUnavailable)
            : TypedResults.Content(AppPage(app), "text/html; charset=utf-8", Encoding.UTF8);
    }

    private static string AppPage(BackOfficeEntry app)
    {
        var html = HtmlEncoder.Default;
        var page = new StringBuilder();
        page.Append($"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <base href="{BackOfficePath}/">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex, nofollow">
            <title>SelfHelp 自助互助</title>
            <link rel="icon" type="image/svg+xml" href="{html.Encode(BackOfficeGraphicsEndpoint.Url("logo-alternative"))}">

            """);
        foreach (var style in app.Styles)
        {
            page.Append($"<link rel=\"stylesheet\" href=\"{html.Encode(style)}\">\n");
        }
        foreach (var script in app.Scripts)
        {
            page.Append($"<script type=\"module\" src=\"{html.Encode(script)}\"></script>\n");
        }
        page.Append($"""
            </head>
            <body class="uui-font uui-text">
            <noscript>
            <p lang="en">The SelfHelp back office needs JavaScript. Please turn it on in your browser.</p>
            <p lang="zh-HK">SelfHelp 後台需要 JavaScript，請在瀏覽器中啟用。</p>
            </noscript>
            <umb-app lang="en" backoffice-path="{BackOfficePath}"></umb-app>
            </body>
            </html>

            """);
        return page.ToString();
    }

    private const string NotBuiltPage = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex, nofollow">
        <title>The back office is not built · 後台尚未建置</title>
        </head>
        <body>
        <main>
        <section lang="en">
        <h1>The back office is not built</h1>
        <p>The SelfHelp back office is Umbraco's back office client, built from npm when the site is built. This copy of
        the site was built without it, so there is nothing to show here yet. The public site and its APIs work as usual.</p>
        <p>To build it, install <a href="https://nodejs.org/">Node.js</a> 20 or newer with npm, then run the site again
        from the repository's root: <code>dotnet run --project SelfHelp.Web</code>. The first build downloads the client
        and bundles it, which takes a few minutes.</p>
        </section>
        <section lang="zh-HK">
        <h1>後台尚未建置</h1>
        <p>SelfHelp 的後台是 Umbraco 的後台用戶端，在建置網站時從 npm 取得並建置。這個網站建置時沒有包括它，所以這裏暫時未有內容可以顯示。公開網站和各個 API 照常運作。</p>
        <p>如要建置後台，請先安裝 <a href="https://nodejs.org/">Node.js</a> 20 或以上版本和 npm，然後在儲存庫的根目錄再次執行網站：<code>dotnet run --project SelfHelp.Web</code>。第一次建置會下載並打包用戶端，需時數分鐘。</p>
        </section>
        </main>
        </body>
        </html>

        """;
}
