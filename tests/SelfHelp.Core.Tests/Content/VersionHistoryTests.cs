using SelfHelp.Core.Content;
using SelfHelp.Core.Tests.Testing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Content;

public sealed class VersionHistoryTests : IAsyncLifetime
{
    private TestEngine _engine = null!;
    private ContentItem _site = null!;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync();
        _site = await _engine.PublishSiteAsync();
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task Every_save_and_publish_is_kept_newest_first_with_who_made_it()
    {
        var page = await _engine.SavePageAsync(_site.Id, "Stories");
        page.SetValue("title", "Second title", English);
        await _engine.Content.SaveAsync(page, "mei.ling");
        await _engine.Content.PublishAsync(page, [English], "ka.wai");

        var versions = await _engine.Content.GetVersionsAsync(page.Id);

        Assert.Equal([ContentVersionKind.Published, ContentVersionKind.Saved, ContentVersionKind.Saved], versions.Select(v => v.Kind));
        Assert.Equal(["ka.wai", "mei.ling", "system"], versions.Select(v => v.UserName));
        Assert.Equal([English], versions[0].Cultures);
    }

    [Fact]
    public async Task Rolling_back_restores_the_old_values_into_the_draft_without_publishing()
    {
        var page = TestEngine.Succeeded(await _engine.Content.PublishAsync(await _engine.SavePageAsync(_site.Id, "Stories"), [English]));
        var firstVersion = (await _engine.Content.GetVersionsAsync(page.Id))[0];
        page.SetValue("title", "A mistaken edit", English);
        TestEngine.Succeeded(await _engine.Content.PublishAsync(page, [English]));

        var rolledBack = TestEngine.Succeeded(await _engine.Content.RollbackAsync(page.Id, firstVersion.Id, userName: "editor"));

        Assert.Equal("Stories title", rolledBack.GetValue<string>("title", English));
        Assert.Equal("A mistaken edit", _engine.Cache.Current.GetByKey(page.Key)!.GetValue<string>("title", English));
        Assert.Equal(ContentVersionKind.RolledBack, (await _engine.Content.GetVersionsAsync(page.Id))[0].Kind);
    }

    [Fact]
    public async Task Rolling_back_one_culture_leaves_the_other_as_it_is()
    {
        var page = await _engine.SavePageAsync(_site.Id, "Stories", "故事");
        var original = (await _engine.Content.GetVersionsAsync(page.Id))[0];
        page.SetValue("title", "New English", English);
        page.SetValue("title", "新中文", Chinese);
        TestEngine.Succeeded(await _engine.Content.SaveAsync(page));

        var rolledBack = TestEngine.Succeeded(await _engine.Content.RollbackAsync(page.Id, original.Id, Chinese));

        Assert.Equal("故事標題", rolledBack.GetValue<string>("title", Chinese));
        Assert.Equal("New English", rolledBack.GetValue<string>("title", English));
    }

    [Fact]
    public async Task Rolling_back_to_a_version_of_another_item_is_not_found()
    {
        var page = await _engine.SavePageAsync(_site.Id, "Stories");
        var other = await _engine.SavePageAsync(_site.Id, "Groups");
        var otherVersion = (await _engine.Content.GetVersionsAsync(other.Id))[0];

        var result = await _engine.Content.RollbackAsync(page.Id, otherVersion.Id);

        Assert.Equal(OperationStatus.NotFound, result.Status);
    }

    [Fact]
    public async Task The_audit_trail_records_who_did_what_to_the_item()
    {
        var page = await _engine.SavePageAsync(_site.Id, "Stories", "故事");
        await _engine.Content.PublishAsync(page, ["*"], "ka.wai");
        await _engine.Content.UnpublishAsync(page.Id, Chinese, "mei.ling");

        var trail = await _engine.Audit.GetForItemAsync(page.Id);

        Assert.Equal(
            [("system", "Save", null), ("ka.wai", "Publish", English), ("ka.wai", "Publish", Chinese), ("mei.ling", "Unpublish", Chinese)],
            trail.Select(a => (a.UserName, a.Action, a.Culture)));
        Assert.All(trail, a => Assert.Equal(_engine.Clock.GetUtcNow().UtcDateTime, a.Date));
    }
}
