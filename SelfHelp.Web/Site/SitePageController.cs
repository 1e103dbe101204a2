using Microsoft.AspNetCore.Mvc;

namespace SelfHelp.Web.Site;

/// <summary>Answers every site URL no other endpoint claims, from the published cache: the page, a 301 to where it moved, or a bilingual 404.</summary>
public sealed class SitePageController(SiteRouter router, SitePageModelBuilder models, SiteViews views) : Controller
{
    [HttpGet]
    [HttpHead]
    public async Task<IActionResult> Render(CancellationToken cancellationToken)
    {
        var route = await router.RouteAsync(Request.Path.Value ?? "/", cancellationToken);
        switch (route)
        {
            case SiteRoute.Page page:
                return View(views.For(page.Content.ContentTypeAlias), await models.PageAsync(page, Request.PathBase, cancellationToken));
            case SiteRoute.Moved moved:
                // Location must be ASCII: routes keep Chinese characters, so send them percent-encoded.
                return RedirectPermanent(Request.PathBase.Add(moved.Path).ToUriComponent() + Request.QueryString.ToUriComponent());
            default:
                var notFound = View(SiteViews.NotFound, models.NotFound(route, Request.PathBase));
                notFound.StatusCode = StatusCodes.Status404NotFound;
                return notFound;
        }
    }
}
