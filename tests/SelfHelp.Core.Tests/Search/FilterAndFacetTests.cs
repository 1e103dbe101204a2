using SelfHelp.Core.Search.Querying;
using SelfHelp.Core.Tests.Testing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Search;

public sealed class FilterAndFacetTests : SearchFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Story("Carers group one").Topics("carers").District("sham-shui-po").Languages("cantonese")
            .InterviewDate(new DateTime(2024, 3, 1)).PublishAsync();
        await Story("Carers group two").Topics("carers", "grief").District("wan-chai").Languages("english", "cantonese")
            .InterviewDate(new DateTime(2025, 7, 1)).PublishAsync();
        await Story("Recovery group").Topics("addiction").District("sham-shui-po").Languages("mandarin").PublishAsync();
        var page = TestEngine.Succeeded(await Engine.Content.PublishAsync(await Engine.SavePageAsync(Site.Id, "Group guidance"), [English]));
        Assert.NotNull(page);
    }

    [Fact]
    public async Task Content_type_filter_keeps_only_that_type()
    {
        Assert.Equal(["Group guidance"], await NamesFoundAsync("group", with: r => r with { ContentTypes = ["page"] }));
        Assert.Equal(3, (await FindAsync("group", with: r => r with { ContentTypes = ["story"] })).Total);
    }

    [Fact]
    public async Task Topic_filter_keeps_items_with_any_of_the_topics()
    {
        Assert.Equal(2, (await FindAsync("group", with: r => r.WithFacet("topic", "carers"))).Total);
        Assert.Equal(["Carers group two", "Recovery group"],
            (await NamesFoundAsync("group", with: r => r.WithFacet("topic", "grief", "Addiction"))).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task District_filter_keeps_items_in_the_district()
    {
        Assert.Equal(["Carers group one", "Recovery group"],
            (await NamesFoundAsync("group", with: r => r.WithFacet("district", "sham-shui-po"))).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Filters_together_must_all_hold()
    {
        Assert.Equal(["Carers group one"], await NamesFoundAsync("group", with: r => r.WithFacet("topic", "carers").WithFacet("district", "sham-shui-po")));
    }

    [Fact]
    public async Task Language_filter_keeps_items_in_that_spoken_language()
    {
        Assert.Equal(["Carers group two"], await NamesFoundAsync("group", with: r => r.WithFacet("language", "english")));
        Assert.Equal(2, (await FindAsync("group", with: r => r.WithFacet("language", "cantonese"))).Total);
    }

    [Fact]
    public async Task Date_range_filter_reads_date_properties_and_publish_dates()
    {
        Assert.Equal(["Carers group two"], await NamesFoundAsync("group",
            with: r => r with { DateRanges = [new DateRangeFilter("interviewDate", From: new DateTime(2025, 1, 1))] }));
        Assert.Equal(["Carers group one"], await NamesFoundAsync("group",
            with: r => r with { DateRanges = [new DateRangeFilter("interviewDate", To: new DateTime(2024, 12, 31))] }));

        var now = Engine.Clock.GetUtcNow().UtcDateTime;
        Assert.Equal(4, (await FindAsync("group", with: r => r with { DateRanges = [new DateRangeFilter("publishDate", now.AddHours(-1), now.AddHours(1))] })).Total);
        Assert.Equal(0, (await FindAsync("group", with: r => r with { DateRanges = [new DateRangeFilter("publishDate", To: now.AddDays(-1))] })).Total);
    }

    [Fact]
    public async Task Facets_count_types_topics_and_districts_over_all_matches()
    {
        var results = await FindAsync("group", with: r => r with { PageSize = 1 });

        Assert.Single(results.Items);
        Assert.Equal([new FacetCount("story", 3), new FacetCount("page", 1)], results.Facets.ContentTypes);
        Assert.Equal([new FacetCount("carers", 2), new FacetCount("addiction", 1), new FacetCount("grief", 1)], results.Facets["topic"]);
        Assert.Equal([new FacetCount("sham-shui-po", 2), new FacetCount("wan-chai", 1)], results.Facets["district"]);
    }

    [Fact]
    public async Task Facets_count_only_what_the_filters_leave()
    {
        var results = await FindAsync("group", with: r => r.WithFacet("district", "sham-shui-po"));

        Assert.Equal([new FacetCount("story", 2)], results.Facets.ContentTypes);
        Assert.Equal([new FacetCount("addiction", 1), new FacetCount("carers", 1)], results.Facets["topic"]);
        Assert.Equal([new FacetCount("sham-shui-po", 2)], results.Facets["district"]);
    }

    [Fact]
    public async Task Without_text_filters_browse_everything_that_matches_them()
    {
        var results = await FindAsync(null, with: r => r.WithFacet("topic", "carers"));

        Assert.Equal(2, results.Total);
    }
}
