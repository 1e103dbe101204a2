using System.Collections;
using System.Globalization;
using System.Resources;
using SelfHelp.Web.Site;

namespace SelfHelp.Web.Tests.Site;

public sealed class SiteTextTests
{
    private static readonly ResourceManager Resources = new("SelfHelp.Web.Site.SiteText", typeof(SiteText).Assembly);

    [Fact]
    public void Every_site_text_is_written_in_every_site_culture()
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var chinese = Entries(CultureInfo.GetCultureInfo("zh-HK"));

        Assert.Equal(english.Keys.Order(), chinese.Keys.Order());
        Assert.All(english.Concat(chinese), entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key));
        Assert.All(english.Keys, key => Assert.NotEqual(english[key], chinese[key]));
    }

    [Fact]
    public void The_site_text_of_each_culture_names_its_language_in_that_language()
    {
        Assert.Equal(("English", "en"), (SiteText.For("en-US").LanguageName, SiteText.For("en-US").HtmlLang));
        Assert.Equal(("繁體中文", "zh-Hant-HK"), (SiteText.For("zh-HK").LanguageName, SiteText.For("zh-HK").HtmlLang));
    }

    private static Dictionary<string, string> Entries(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);
}
