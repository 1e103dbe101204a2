using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using SelfHelp.Web.Site.Rendering.PropertyEditors;
using SelfHelp.Web.Site.Rendering.PropertyEditors.RichText;

namespace SelfHelp.Web.Site;

/// <summary>Registers and maps the public Razor site: published content by URL in every culture.</summary>
public static class SiteBuilderExtensions
{
    public static IHostApplicationBuilder AddSelfHelpSite(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddControllersWithViews();
        // Razor's default encoder writes Chinese as numeric references; the pages are UTF-8, so write it as itself.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton<SiteRouter>();
        services.AddSitePropertyValueRenderers();
        services.AddSingleton<SitePageModelBuilder>();
        services.AddSingleton<SiteViews>();
        return builder;
    }

    // The site's part of a property editor, one line per editor whose values are not shown as plain text.
    private static void AddSitePropertyValueRenderers(this IServiceCollection services)
    {
        services.AddSingleton<ISitePropertyValueRenderer, RichTextSiteRenderer>();
        services.AddSingleton<SitePropertyValueRenderers>();
    }

    /// <summary>Maps the site last in precedence: a catch-all that any more specific endpoint (health, APIs, assets) wins over.</summary>
    public static IEndpointRouteBuilder MapSelfHelpSite(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapControllerRoute("selfhelp-site", "{**path}", new { controller = "SitePage", action = nameof(SitePageController.Render) });
        return endpoints;
    }
}
