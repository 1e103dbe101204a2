using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Visibility;
using Xunit.Abstractions;

namespace SelfHelp.Web.Tests.Privacy.NeverPublic;

/// <summary>
/// For every internal property of the shipped document types (read from the uSync files at start, so a new one is
/// covered without touching this suite), a unique value planted in it is absent from every public channel, while a
/// public word planted beside it is found, so the channels are known to be looking at the item.
/// </summary>
public sealed class NeverPublicTests(PrivacySiteHost site, ITestOutputHelper output) : IClassFixture<PrivacySiteHost>
{
    [Fact]
    public async Task No_value_of_an_internal_property_reaches_any_public_channel()
    {
        var types = (await site.Services.GetRequiredService<IContentTypeService>().GetAllAsync()).ToDictionary(t => t.Alias);
        var builder = new PlantedItemBuilder(site, types);
        var channels = new PublicChannels(site).All;
        var items = new List<PlantedItem>();
        foreach (var type in types.Values.Where(t => t.Kind == ContentTypeKind.Document && !t.IsElement).OrderBy(t => t.Alias, StringComparer.Ordinal))
        {
            var internalProperties = type.Properties.Where(p => string.Equals(p.GroupAlias, PublicVisibility.InternalGroupAlias, StringComparison.OrdinalIgnoreCase)).ToList();
            if (internalProperties.Count > 0)
            {
                items.Add(await builder.BuildAsync(type, internalProperties));
            }
        }

        var leaks = new List<string>();
        var checks = 0;
        foreach (var item in items)
        {
            var control = await ReadAsync(channels.Single(c => c.Name == "Delivery API content item (en-US)"), item, item.ControlWord);
            Assert.Contains(item.ControlWord, control);
            Assert.Contains(item.ControlWord, await ReadAsync(channels.Single(c => c.Name == "search API listing the item"), item, item.ControlWord));
            Assert.Contains(item.ControlWord, await ReadAsync(channels.Single(c => c.Name == "page (zh-HK)"), item, item.ControlWord));
            foreach (var property in item.Properties)
            {
                foreach (var channel in channels)
                {
                    checks++;
                    foreach (var needle in property.Needles)
                    {
                        if ((await ReadAsync(channel, item, needle)).Contains(needle, StringComparison.OrdinalIgnoreCase))
                        {
                            leaks.Add($"{property} ('{needle}') came out of the {channel}");
                        }
                    }
                }
            }
        }

        var properties = items.SelectMany(i => i.Properties).ToList();
        output.WriteLine($"{properties.Count} internal properties ({string.Join(", ", properties)}) x {channels.Count} channels = {checks} (property, channel) checks.");
        leaks.ForEach(output.WriteLine);
        Assert.Empty(leaks);
        Assert.Contains(properties, p => p.ToString() == "story.releaseForm");
        Assert.Equal(properties.Count * channels.Count, checks);
    }

    private static Task<string> ReadAsync(PublicChannel channel, PlantedItem item, string needle) => channel.Read(item, needle);
}
