using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Search.Indexing;
using SelfHelp.Core.Tests.Testing;
using SelfHelp.Core.Visibility;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Search;

public sealed class RebuildTests : SearchFixture
{
    private SearchIndexes Lucene => Engine.Services.GetRequiredService<SearchIndexes>();

    [Fact]
    public async Task A_rebuild_gives_the_same_indexes_as_incremental_updates()
    {
        var section = TestEngine.Succeeded(await Engine.Content.PublishAsync(await Engine.SavePageAsync(Site.Id, "Section", "欄目"), ["*"]));
        var moved = await Story("Moved story").Chinese("搬移").Topics("carers").PublishAsync();
        await Story("Bilingual story", section.Id).Chinese("雙語故事").Summary("Groups meet", English).Summary("小組聚會", Chinese)
            .Body("<p>Sham Shui Po 深水埗</p>").District("sham-shui-po").Themes("funding").InterviewDate(new DateTime(2025, 1, 2)).PublishAsync();
        await Story("English only").Chinese("只有英文").PublishAsync(English);
        await Story("Draft only").SaveAsync();
        await Story("Pending consent").Consent("pending").PublishAsync();
        var trashed = await Story("Trashed").PublishAsync();
        var unpublished = await Story("Unpublished").PublishAsync();
        var edited = await Story("Edited").Summary("before").PublishAsync();
        TestEngine.Succeeded(await Engine.Content.MoveAsync(moved.Id, section.Id));
        TestEngine.Succeeded(await Engine.Content.MoveToRecycleBinAsync(trashed.Id));
        TestEngine.Succeeded(await Engine.Content.UnpublishAsync(unpublished.Id));
        edited.SetValue("summary", "after the draft", English);
        TestEngine.Succeeded(await Engine.Content.SaveAsync(edited));
        await Indexes.WaitForPendingAsync();

        foreach (var name in IndexNames.All)
        {
            var incremental = IndexDump.Of(Lucene, name);
            await Indexes.RebuildAsync(name);
            var rebuilt = IndexDump.Of(Lucene, name);

            Assert.True(incremental.Count > 50, $"{name} holds too little to compare: {incremental.Count} lines.");
            Assert.Equal(incremental, rebuilt);
        }
    }

    [Fact]
    public async Task Moving_a_property_into_the_internal_group_takes_its_text_out_of_the_public_index()
    {
        await Story("Carers story").Summary("weekly meetings").PublishAsync();
        Assert.Equal(["Carers story"], await NamesFoundAsync("weekly"));

        var story = (await Engine.ContentTypes.GetAsync("story"))!;
        story.FindProperty("summary")!.GroupAlias = PublicVisibility.InternalGroupAlias;
        await Engine.ContentTypes.SaveAsync(story);

        Assert.Empty(await NamesFoundAsync("weekly"));
        Assert.Equal(["Carers story"], await NamesFoundAsync("carers"));
    }
}
