using System.Text.Json;
using Microsoft.AspNetCore.Html;
using SelfHelp.Web.Site.Rendering.PropertyEditors;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Web.Tests.Site.Rendering;

public sealed class SitePropertyValueRenderersTests
{
    [Fact]
    public void Two_site_renderers_for_one_editor_are_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new SitePropertyValueRenderers([new RendererFor(Aliases.RichText), new RendererFor("umbraco.richtext")]));

        Assert.Contains("umbraco.richtext", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_editor_without_a_site_renderer_has_none_so_its_text_is_shown()
    {
        var richText = new RendererFor(Aliases.RichText);
        var renderers = new SitePropertyValueRenderers([richText]);

        Assert.Same(richText, renderers.Find("Umbraco.RICHTEXT"));
        Assert.Null(renderers.Find(Aliases.TextArea));
    }

    private sealed class RendererFor(string alias) : ISitePropertyValueRenderer
    {
        public string EditorAlias => alias;

        public IHtmlContent? Html(JsonElement value) => null;
    }
}
