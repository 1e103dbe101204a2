using SelfHelp.Core.Content;
using SelfHelp.Core.Tests.Testing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Content;

public sealed class VersionHistoryTests : PublishedSiteTest
{
    [Fact]
    public async Task Every_save_and_publish_is_kept_newest_first_with_who_made_it()
    {
        var page = await Engine.SavePageAsync(Site.Id, "Stories");
        page.SetValue("title", "Second title", English);
        await Engine.Content.SaveAsync(page, "mei.ling");
        await Engine.Content.PublishAsync(page, [English], "ka.wai");

        var versions = await Engine.Content.GetVersionsAsync(page.Id);

        Assert.Equal([ContentVersionKind.Published, ContentVersionKind.Saved, ContentVersionKind.Saved], versions.Select(v => v.Kind));
        Assert.Equal(["ka.wai", "mei.ling", "system"], versions.Select(v => v.UserName));
        Assert.Equal([English], versions[0].Cultures);
    }

    [Fact]
    public async Task Rolling_back_restores_the_old_values_into_the_draft_without_publishing()
    {
        var page = TestEngine.Succeeded(await Engine.Content.PublishAsync(await Engine.SavePageAsync(Site.Id, "Stories"), [English]));
        var firstVersion = (await Engine.Content.GetVersionsAsync(page.Id))[0];
        page.SetValue("title", "A mistaken edit", English);
        TestEngine.Succeeded(await Engine.Content.PublishAsync(page, [English]));

        var rolledBack = TestEngine.Succeeded(await Engine.Content.RollbackAsync(page.Id, firstVersion.Id, userName: "editor"));

        Assert.Equal("Stories title", rolledBack.GetValue<string>("title", English));
        Assert.Equal("A mistaken edit", Engine.Cache.Current.GetByKey(page.Key)!.GetValue<string>("title", English));
        Assert.Equal(ContentVersionKind.RolledBack, (await Engine.Content.GetVersionsAsync(page.Id))[0].Kind);
    }

    [Fact]
    public async Task Rolling_back_one_culture_leaves_the_other_as_it_is()
    {
        var page = await Engine.SavePageAsync(Site.Id, "Stories", "故事");
        var original = (await Engine.Content.GetVersionsAsync(page.Id))[0];
        page.SetValue("title", "New English", English);
        page.SetValue("title", "新中文", Chinese);
        TestEngine.Succeeded(await Engine.Content.SaveAsync(page));

        var rolledBack = TestEngine.Succeeded(await Engine.Content.RollbackAsync(page.Id, original.Id, Chinese));

        Assert.Equal("故事標題", rolledBack.GetValue<string>("title", Chinese));
        Assert.Equal("New English", rolledBack.GetValue<string>("title", English));
    }

    [Fact]
    public async Task Rolling_back_to_a_version_of_another_item_is_not_found()
    {
        var page = await Engine.SavePageAsync(Site.Id, "Stories");
        var other = await Engine.SavePageAsync(Site.Id, "Groups");
        var otherVersion = (await Engine.Content.GetVersionsAsync(other.Id))[0];

        var result = await Engine.Content.RollbackAsync(page.Id, otherVersion.Id);

        Assert.Equal(OperationStatus.NotFound, result.Status);
    }

    [Fact]
    public async Task The_audit_trail_records_who_did_what_to_the_item()
    {
        var page = await Engine.SavePageAsync(Site.Id, "Stories", "故事");
        await Engine.Content.PublishAsync(page, ["*"], "ka.wai");
        await Engine.Content.UnpublishAsync(page.Id, Chinese, "mei.ling");

        var trail = await Engine.Audit.GetForItemAsync(page.Id);

        Assert.Equal(
            [("system", "Save", null), ("ka.wai", "Publish", English), ("ka.wai", "Publish", Chinese), ("mei.ling", "Unpublish", Chinese)],
            trail.Select(a => (a.UserName, a.Action, a.Culture)));
        Assert.All(trail, a => Assert.Equal(Engine.Clock.GetUtcNow().UtcDateTime, a.Date));
    }
}
