using SelfHelp.Core.Languages;

namespace SelfHelp.Web.Site;

/// <summary>
/// The public site's URL scheme: the default language answers at the root ("/", "/about-us/") and every other
/// language under its lower-case ISO code ("/zh-hk/", "/zh-hk/關於我們/"), like an Umbraco site with one domain
/// per culture on paths.
/// </summary>
public sealed class SiteCultures
{
    /// <summary>Umbraco's default language, used until a language has been installed.</summary>
    public const string FallbackCulture = "en-US";

    public SiteCultures(IReadOnlyList<Language> languages)
    {
        Default = languages.FirstOrDefault(l => l.IsDefault)?.IsoCode ?? languages.FirstOrDefault()?.IsoCode ?? FallbackCulture;
        All = [Default, .. languages.Select(l => l.IsoCode).Where(c => !IsDefault(c))];
    }

    public string Default { get; }

    /// <summary>Every culture of the site, the default first.</summary>
    public IReadOnlyList<string> All { get; }

    public bool IsDefault(string culture) => string.Equals(culture, Default, StringComparison.OrdinalIgnoreCase);

    /// <summary>The culture a path is in and the content route it asks for within that culture.</summary>
    public SiteRequest Parse(string path)
    {
        var trimmed = path.TrimStart('/');
        var slash = trimmed.IndexOf('/');
        var first = slash < 0 ? trimmed : trimmed[..slash];
        var culture = All.FirstOrDefault(c => !IsDefault(c) && string.Equals(c, first, StringComparison.OrdinalIgnoreCase));
        return culture is null
            ? new SiteRequest(Default, "/" + trimmed)
            : new SiteRequest(culture, slash < 0 ? "/" : trimmed[slash..]);
    }

    /// <summary>The site path of a content route ("/", "/about-us/") in a culture.</summary>
    public string Url(string culture, string route) =>
        IsDefault(culture) ? route : $"/{culture.ToLowerInvariant()}{route}";
}

/// <summary>A site request as the content engine sees it: a culture and a route within it.</summary>
public sealed record SiteRequest(string Culture, string Route);
