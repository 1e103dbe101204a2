using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.Search;

/// <summary>
/// The public search answers from ExternalIndex only: drafts, unpublished cultures, stories without consent,
/// embargoed items, the recycle bin and text kept internal never come out of the API or the page.
/// </summary>
public sealed class SearchPrivacyTests(DemoSiteHost site) : IClassFixture<DemoSiteHost>
{
    private static readonly Guid StoryLibrary = Guid.Parse("a0000000-0000-4000-8000-000000000003");

    private readonly SearchClient _search = new(site);

    [Fact]
    public async Task Only_the_published_story_with_consent_is_found_among_its_hidden_namesakes()
    {
        await Story("Wallaby story with consent").PublishAsync();
        await Story("Wallaby story still a draft").SaveAsync();
        await Story("Wallaby story awaiting consent", consent: "pending").PublishAsync();
        await Story("Wallaby story with consent withdrawn", consent: "withdrawn").PublishAsync();
        await Story("Wallaby story under embargo").WithInvariant("embargoUntil", DateTime.UtcNow.AddDays(90).ToString("yyyy-MM-dd HH:mm:ss")).PublishAsync();
        var unpublished = await Story("Wallaby story unpublished again").PublishAsync();
        PageBuilder.Succeeded(await site.Content.UnpublishAsync(unpublished.Id));
        var trashed = await Story("Wallaby story in the recycle bin").PublishAsync();
        Assert.True((await site.Content.MoveToRecycleBinAsync(trashed.Id)).Succeeded);

        Assert.Equal(["Wallaby story with consent"], await _search.TitlesAsync("q=wallaby&pageSize=50"));
        Assert.Equal(["Wallaby story with consent"], await _search.TitlesAsync("q=wallaby&index=InternalIndex&pageSize=50"));
        Assert.Equal(["Wallaby story with consent"], (await _search.SuggestAsync("q=wallaby")).Items.Select(i => i.Title));
        var (_, page) = await _search.PageAsync("/search/?q=wallaby");
        Assert.Contains("Wallaby story with consent", page);
        Assert.DoesNotContain("Wallaby story still a draft", page);
        Assert.DoesNotContain("Wallaby story awaiting consent", page);
        Assert.DoesNotContain("Wallaby story under embargo", page);
    }

    [Fact]
    public async Task The_demo_story_awaiting_consent_is_never_found()
    {
        var results = await _search.SearchAsync("q=" + Uri.EscapeDataString("Learning to walk again"));

        Assert.DoesNotContain(results.Items, i => i.Title == "Learning to walk again, together");
    }

    [Fact]
    public async Task A_language_a_page_is_not_published_in_is_not_searched_for_it()
    {
        var english = await _search.TitlesAsync("q=funding");
        var chinese = await _search.TitlesAsync("q=" + Uri.EscapeDataString("為小型小組尋找資助") + "&culture=zh-HK");

        Assert.Contains("Finding funding for a small group", english);
        Assert.DoesNotContain("為小型小組尋找資助", chinese);
    }

    [Fact]
    public async Task Text_staff_keep_internal_is_never_found_nor_shown()
    {
        await AddInternalNotesToStoriesAsync();
        await Story("Numbat story").WithInvariant("staffNotes", "Narrator asked us not to print the numbat anecdote").PublishAsync();

        Assert.Empty((await _search.SearchAsync("q=numbat%20anecdote")).Items);
        var story = Assert.Single((await _search.SearchAsync("q=numbat")).Items);
        Assert.Equal("Numbat story", story.Title);
        Assert.DoesNotContain("anecdote", story.Snippet);
    }

    private PageBuilder Story(string title, string consent = "given")
    {
        var library = site.Services.GetRequiredService<SelfHelp.Core.PublishedCache.IPublishedContentCache>().Current.GetByKey(StoryLibrary)!;
        return new PageBuilder(site.Content, "story", library.Id, title, null)
            .With("title", title)
            .With("summary", $"{title}: a story told for the search tests.")
            .WithInvariant("consentStatus", new[] { consent });
    }

    // A property in the "internal" group, which every public channel leaves out.
    private async Task AddInternalNotesToStoriesAsync()
    {
        var types = site.Services.GetRequiredService<IContentTypeService>();
        var story = (await types.GetAsync("story"))!;
        if (story.FindProperty("staffNotes") is not null)
        {
            return;
        }
        var textArea = story.FindProperty("summary")!;
        story.Properties.Add(new PropertyType
        {
            Key = Guid.NewGuid(),
            Alias = "staffNotes",
            Name = "Staff notes",
            DataTypeKey = textArea.DataTypeKey,
            EditorAlias = textArea.EditorAlias,
            GroupAlias = "internal",
            SortOrder = 99,
        });
        await types.SaveAsync(story);
    }
}
