using System.Text.Json;
using Microsoft.AspNetCore.Html;

namespace SelfHelp.Web.Site.Rendering.PropertyEditors;

/// <summary>
/// How the public site shows one property editor's values as HTML: the site's part of an editor whose engine parts
/// live in Core's <c>PropertyEditors/&lt;Editor&gt;</c>. Editors without one show their text in paragraphs.
/// </summary>
public interface ISitePropertyValueRenderer
{
    /// <summary>The editor alias, taken from the constant in the editor's Core folder.</summary>
    string EditorAlias { get; }

    /// <summary>The value as HTML, or null when it holds nothing to show.</summary>
    IHtmlContent? Html(JsonElement value);
}
