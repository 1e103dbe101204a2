using SelfHelp.Core.Languages;
using SelfHelp.Web.Site;
using static SelfHelp.Web.Tests.Testing.SiteSchema;

namespace SelfHelp.Web.Tests.Site;

public sealed class SiteCulturesTests
{
    private static readonly SiteCultures Cultures = new([
        new Language(Guid.NewGuid(), Chinese, "Chinese", IsDefault: false, IsMandatory: false),
        new Language(Guid.NewGuid(), English, "English", IsDefault: true, IsMandatory: true),
    ]);

    [Theory]
    [InlineData("/", English, "/")]
    [InlineData("/about-us/", English, "/about-us/")]
    [InlineData("/zh-hk/", Chinese, "/")]
    [InlineData("/zh-hk", Chinese, "/")]
    [InlineData("/ZH-HK/關於我們/", Chinese, "/關於我們/")]
    [InlineData("/zh-hkfoo/", English, "/zh-hkfoo/")]
    [InlineData("/en-us/about-us/", English, "/en-us/about-us/")]
    public void A_path_is_in_the_default_culture_unless_it_starts_with_another_language_s_code(string path, string culture, string route)
    {
        Assert.Equal(new SiteRequest(culture, route), Cultures.Parse(path));
    }

    [Fact]
    public void The_default_culture_lives_at_the_root_and_the_others_under_their_lower_case_code()
    {
        Assert.Equal([English, Chinese], Cultures.All);
        Assert.Equal("/about-us/", Cultures.Url(English, "/about-us/"));
        Assert.Equal("/zh-hk/關於我們/", Cultures.Url(Chinese, "/關於我們/"));
        Assert.Equal("/zh-hk/", Cultures.Url(Chinese, "/"));
    }

    [Fact]
    public void A_site_without_languages_yet_serves_Umbraco_s_default_culture_at_the_root()
    {
        var empty = new SiteCultures([]);

        Assert.Equal(new SiteRequest("en-US", "/zh-hk/"), empty.Parse("/zh-hk/"));
    }
}
