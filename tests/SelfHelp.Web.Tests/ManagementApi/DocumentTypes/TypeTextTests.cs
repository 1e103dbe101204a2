using System.Globalization;
using SelfHelp.Web.ManagementApi.ContentTypes;

namespace SelfHelp.Web.Tests.ManagementApi.DocumentTypes;

public sealed class TypeTextTests
{
    [Theory]
    [InlineData("zh-HK", "必須填寫名稱。")]
    [InlineData("zh-TW", "必須填寫名稱。")]
    [InlineData("en-US", "The name is required.")]
    [InlineData("fr-FR", "The name is required.")]
    public void Words_for_staff_follow_the_users_language_and_fall_back_to_english(string culture, string expected)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

            Assert.Equal(expected, TypeText.Pick("The name is required.", "必須填寫名稱。"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
