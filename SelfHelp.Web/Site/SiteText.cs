using System.Globalization;
using System.Resources;

namespace SelfHelp.Web.Site;

/// <summary>
/// The site's own words (skip link, language switcher, not-found page) in one culture, read from
/// <c>SiteText.resx</c> (English, the neutral resource) and <c>SiteText.zh-HK.resx</c>.
/// </summary>
public sealed class SiteText
{
    private static readonly ResourceManager Resources = new("SelfHelp.Web.Site.SiteText", typeof(SiteText).Assembly);

    private readonly CultureInfo _culture;

    private SiteText(string culture)
    {
        Culture = culture;
        _culture = CultureInfo.GetCultureInfo(culture);
    }

    /// <summary>The cultures the site's words are written in.</summary>
    public static IReadOnlyList<string> Cultures { get; } = ["en-US", "zh-HK"];

    public static SiteText For(string culture) => new(culture);

    public string Culture { get; }

    /// <summary>The BCP 47 tag for <c>lang</c> attributes, with the script for Chinese so screen readers pick a Traditional Chinese voice.</summary>
    public string HtmlLang => this[nameof(HtmlLang)];

    /// <summary>The language's name in itself, as the language switcher shows it.</summary>
    public string LanguageName => this[nameof(LanguageName)];

    public string SiteName => this[nameof(SiteName)];
    public string SkipToContent => this[nameof(SkipToContent)];
    public string LanguageSwitcher => this[nameof(LanguageSwitcher)];
    public string InThisSection => this[nameof(InThisSection)];
    public string NotFoundTitle => this[nameof(NotFoundTitle)];
    public string NotFoundMessage => this[nameof(NotFoundMessage)];
    public string BackToHome => this[nameof(BackToHome)];
    public string BadRequestTitle => this[nameof(BadRequestTitle)];
    public string BadRequestMessage => this[nameof(BadRequestMessage)];
    public string ServerErrorTitle => this[nameof(ServerErrorTitle)];
    public string ServerErrorMessage => this[nameof(ServerErrorMessage)];

    public string this[string key] =>
        Find(key) ?? throw new InvalidOperationException($"The site text '{key}' is missing from SiteText.resx.");

    /// <summary>The words for <paramref name="key"/>, or null for words the site does not have.</summary>
    public string? Find(string key) => Resources.GetString(key, _culture);
}
