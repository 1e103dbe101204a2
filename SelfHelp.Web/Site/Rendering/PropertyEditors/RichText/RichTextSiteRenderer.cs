using System.Text.Json;
using Microsoft.AspNetCore.Html;
using SelfHelp.Core.PropertyEditors.RichText;

namespace SelfHelp.Web.Site.Rendering.PropertyEditors.RichText;

/// <summary>Rich text shows as staff wrote it: the markup of Umbraco's <c>{"markup", "blocks"}</c> value, or bare markup.</summary>
internal sealed class RichTextSiteRenderer : ISitePropertyValueRenderer
{
    public string EditorAlias => RichTextPropertyEditor.EditorAlias;

    public IHtmlContent? Html(JsonElement value)
    {
        // Rich text comes from staff through the back office: it is trusted markup, as in Umbraco.
        var markup = value.ValueKind switch
        {
            JsonValueKind.Object when value.TryGetProperty("markup", out var m) && m.ValueKind == JsonValueKind.String => m.GetString(),
            JsonValueKind.String => value.GetString(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(markup) ? null : new HtmlString(markup);
    }
}
