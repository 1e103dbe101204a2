using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Tests.Sync;
using SelfHelp.Core.Tests.Testing;
using SelfHelp.Core.Vocabulary;

namespace SelfHelp.Core.Tests.Vocabulary;

/// <summary>A vocabulary that cannot work stops start-up with a message naming the facet and what is wrong; one that fits starts.</summary>
public sealed class VocabularyStartupTests
{
    /// <summary>The test vocabulary has facets 0 to 2: this adds one more after them.</summary>
    private static Dictionary<string, string?> ExtraFacet(string key, params string[] properties)
    {
        var settings = new Dictionary<string, string?> { ["SelfHelp:Vocabulary:Facets:9:Key"] = key };
        for (var i = 0; i < properties.Length; i++)
        {
            settings[$"SelfHelp:Vocabulary:Facets:9:Properties:{i}"] = properties[i];
        }
        return settings;
    }

    [Theory]
    [InlineData("Topic", "topics", "'Topic' is configured twice")]
    [InlineData("contentType", "topics", "'contentType' is already a built-in filter")]
    [InlineData("meeting format", "meetingFormat", "'meeting format' is not a facet key")]
    public async Task A_key_that_cannot_work_stops_start_up(string key, string property, string expected)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => USyncTestFiles.StartAsync(settings: ExtraFacet(key, property)));

        Assert.Contains(expected, failure.Message);
    }

    [Fact]
    public async Task A_facet_without_properties_stops_start_up()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => USyncTestFiles.StartAsync(settings: ExtraFacet("meetingFormat")));

        Assert.Contains("Properties must name at least one property alias", failure.Message);
    }

    [Fact]
    public async Task A_facet_reading_a_property_no_document_type_has_stops_start_up()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => USyncTestFiles.StartAsync(settings: ExtraFacet("meetingFormat", "meetingFormats")));

        Assert.Contains("Facet 'meetingFormat' reads the property 'meetingFormats', which no document type has", failure.Message);
    }

    [Fact]
    public async Task A_facet_reading_free_text_stops_start_up()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => USyncTestFiles.StartAsync(settings: ExtraFacet("groupName", "name")));

        Assert.Matches("Facet 'groupName' reads 'name' on '(selfHelpGroup|district)', a Umbraco.TextBox property", failure.Message);
    }

    [Fact]
    public async Task A_facet_over_any_list_switch_or_picker_of_the_shipped_types_starts()
    {
        await using var engine = await USyncTestFiles.StartAsync(settings: ExtraFacet("meetingFormat", "meetingFormat"));

        var facet = engine.Services.GetRequiredService<ISiteVocabulary>().Find("MEETINGFORMAT");
        Assert.NotNull(facet);
        Assert.Equal(("meetingFormat", "meetingFormat", false), (facet.Key, facet.LabelPrefix, facet.Search));
        Assert.Equal(["meetingFormat"], facet.PropertyAliases);
    }
}
