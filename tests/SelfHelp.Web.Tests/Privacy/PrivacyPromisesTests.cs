using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Visibility;

namespace SelfHelp.Web.Tests.Privacy;

/// <summary>
/// The privacy page's list of what is never public (<c>&lt;ul data-never-public&gt;</c>, one <c>data-property="type.alias"</c>
/// an entry) says exactly what the document types declare internal, in both languages, and the Delivery API keeps it.
/// </summary>
public sealed partial class PrivacyPromisesTests(PrivacySiteHost site) : IClassFixture<PrivacySiteHost>
{
    private readonly HttpClient _client = site.Client();

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-HK")]
    public async Task The_privacy_page_promises_exactly_the_internal_properties_of_the_shipped_types(string culture)
    {
        var promised = await PromisesAsync(culture);

        Assert.Equal(await DeclaredInternalAsync(), promised);
        Assert.Contains("selfHelpGroup.publicEmail", promised);
        Assert.Contains("selfHelpGroup.publicPhone", promised);
        Assert.Contains("story.recording", promised);
        Assert.Contains("story.releaseForm", promised);
    }

    [Fact]
    public async Task Every_promised_property_is_absent_from_every_item_of_its_type_in_the_delivery_api()
    {
        foreach (var promise in await PromisesAsync("en-US"))
        {
            var (type, alias) = (promise.Split('.')[0], promise.Split('.')[1]);
            foreach (var culture in new[] { "en-US", "zh-HK" })
            {
                var page = await site.DeliveryJsonAsync(_client, $"/content?filter=contentType:{type}&take=100&expand=properties[$all]", culture);
                var items = page.GetProperty("items").EnumerateArray().ToList();
                Assert.NotEmpty(items);
                Assert.All(items, item => Assert.False(item.GetProperty("properties").TryGetProperty(alias, out _), $"{promise} came out in {culture}"));
            }
        }
    }

    private async Task<SortedSet<string>> DeclaredInternalAsync()
    {
        var types = await site.Services.GetRequiredService<IContentTypeService>().GetAllAsync();
        return new SortedSet<string>(types.Where(t => t.Kind == ContentTypeKind.Document)
            .SelectMany(t => t.Properties.Where(p => string.Equals(p.GroupAlias, PublicVisibility.InternalGroupAlias, StringComparison.OrdinalIgnoreCase))
                .Select(p => $"{t.Alias}.{p.Alias}")), StringComparer.Ordinal);
    }

    private async Task<SortedSet<string>> PromisesAsync(string culture)
    {
        var route = site.Published.GetByKey(PrivacySiteHost.PrivacyPage)!.GetRoute(culture)!;
        var html = await site.TextAsync(_client, (culture == "en-US" ? "" : "/zh-hk") + route);
        var list = NeverPublicList().Match(html);
        Assert.True(list.Success, $"The privacy page in {culture} has no <ul data-never-public> list.");
        return new SortedSet<string>(PromisedProperty().Matches(list.Value).Select(m => m.Groups[1].Value), StringComparer.Ordinal);
    }

    [GeneratedRegex("<ul data-never-public[^>]*>.*?</ul>", RegexOptions.Singleline)]
    private static partial Regex NeverPublicList();

    [GeneratedRegex("data-property=\"([^\"]+)\"")]
    private static partial Regex PromisedProperty();
}
