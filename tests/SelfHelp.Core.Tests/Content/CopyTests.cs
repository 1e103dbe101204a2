using SelfHelp.Core.Content;
using SelfHelp.Core.Tests.Testing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Content;

public sealed class CopyTests : PublishedSiteTest
{
    [Fact]
    public async Task A_copy_is_a_new_unpublished_draft_with_the_same_names_under_the_target()
    {
        var stories = await PublishedPageAsync(Site.Id, "Stories", "故事");
        var archive = await PublishedPageAsync(Site.Id, "Archive", "檔案");

        var copy = TestEngine.Succeeded(await Engine.Content.CopyAsync(stories.Id, archive.Id, includeDescendants: false));

        Assert.NotEqual(stories.Key, copy.Key);
        Assert.Equal(archive.Id, copy.ParentId);
        Assert.Equal("Stories", copy.GetName(English));
        Assert.Equal("故事", copy.GetName(Chinese));
        Assert.False(copy.IsPublished());
        Assert.True((await Engine.Content.GetAsync(stories.Id))!.IsPublished(English));
    }

    [Fact]
    public async Task Copying_with_descendants_into_its_own_subtree_copies_the_subtree_once()
    {
        var stories = await PublishedPageAsync(Site.Id, "Stories");
        var story = await PublishedPageAsync(stories.Id, "Carers");
        await PublishedPageAsync(story.Id, "Excerpt");

        var copy = TestEngine.Succeeded(await Engine.Content.CopyAsync(stories.Id, story.Id, includeDescendants: true));

        var copiedChildren = await Engine.Content.GetChildrenAsync(copy.Id);
        Assert.Equal("Carers", Assert.Single(copiedChildren).GetName(English));
        Assert.Equal("Excerpt", Assert.Single(await Engine.Content.GetChildrenAsync(copiedChildren[0].Id)).GetName(English));
        Assert.Equal(5, (await Engine.Content.GetDescendantsAsync(stories)).Count);
    }

    [Fact]
    public async Task Copying_a_missing_item_is_not_found()
    {
        var result = await Engine.Content.CopyAsync(987654, Site.Id, includeDescendants: false);

        Assert.Equal(OperationStatus.NotFound, result.Status);
    }
}
