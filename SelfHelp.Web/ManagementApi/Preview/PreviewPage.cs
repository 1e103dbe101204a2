using Microsoft.AspNetCore.Mvc;
using SelfHelp.Core.DeliveryApi.Reading;
using SelfHelp.Core.Languages;
using SelfHelp.Core.PublishedCache;
using SelfHelp.Web.ManagementApi.DocumentOperations;
using SelfHelp.Web.ManagementApi.Security;
using SelfHelp.Web.Site;

namespace SelfHelp.Web.ManagementApi.Preview;

/// <summary>
/// The page the client's preview opens, <c>/umbraco/preview?id=…&amp;culture=…</c>: the document's draft in that culture,
/// rendered by the public site's own views, for a browser holding a preview cookie of a back office user who still has
/// the Content section. Never cached, never indexed. (Umbraco wraps the page in its preview app with device sizes;
/// SelfHelp serves the page itself.)
/// </summary>
public sealed class PreviewPage(
    PreviewSession sessions, IBackOfficeUserAccessor users, DraftContent drafts, IPublishedContentCache cache,
    ILanguageService languages, SitePageModelBuilder models, SiteViews views) : Controller
{
    public const string Path = "/umbraco/preview";

    internal static readonly DocumentOperationText NoDraftText = new("This document has no draft in this language.", "這份文件沒有這種語言的草稿。");
    private static readonly DocumentOperationText NoSessionText = new(
        "Preview is for signed-in back office users: open it from the back office.", "預覽只供已登入的後台使用者使用，請從後台開啟。");

    public static string PreviewUrl(Guid key, string? culture) =>
        culture is null ? $"{Path}?id={key}" : $"{Path}?id={key}&culture={Uri.EscapeDataString(culture)}";

    public static IEndpointRouteBuilder MapPreviewPage(IEndpointRouteBuilder endpoints)
    {
        // Conventional routes come after minimal APIs in order, so without this the API prefixes' catch-all 404 would win.
        // A page, not an operation: out of the OpenAPI documents, as the client's own pages are.
        endpoints.MapControllerRoute("backoffice-preview", Path.TrimStart('/'), new { controller = "PreviewPage", action = nameof(Render) })
            .Add(endpoint => ((RouteEndpointBuilder)endpoint).Order = -1);
        return endpoints;
    }

    [HttpGet]
    [ExcludeFromDescription]
    public async Task<IActionResult> Render(Guid id, string? culture, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store, private";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        if (!await HasContentAccessAsync())
        {
            return new ContentResult
            {
                StatusCode = StatusCodes.Status401Unauthorized,
                ContentType = "text/plain; charset=utf-8",
                Content = $"{NoSessionText.English}\n{NoSessionText.Chinese}",
            };
        }
        var cultures = new SiteCultures(await languages.GetAllAsync(cancellationToken));
        var wanted = cultures.All.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase)) ?? cultures.Default;
        var snapshot = cache.Current;
        var draft = await drafts.GetAsync(id, snapshot, cancellationToken);
        if (draft is null || draft.GetName(wanted) is null)
        {
            return new ContentResult
            {
                StatusCode = StatusCodes.Status404NotFound,
                ContentType = "text/plain; charset=utf-8",
                Content = $"{NoDraftText.English}\n{NoDraftText.Chinese}",
            };
        }
        // Children and links come from the live site: the preview shows this draft among what visitors see now.
        var page = new SiteRoute.Page(cultures, wanted, draft, snapshot);
        return View(views.For(draft.ContentTypeAlias), await models.PageAsync(page, Request.PathBase, cancellationToken));
    }

    private async Task<bool> HasContentAccessAsync()
    {
        return sessions.UserKey(Request) is { } key && await users.FindAsync(key, HttpContext.RequestAborted) is { } user
            && user.AllowedSections.Contains(BackOfficeSections.Content) && user.FallbackPermissions.Contains(DocumentPermissions.Read);
    }
}
