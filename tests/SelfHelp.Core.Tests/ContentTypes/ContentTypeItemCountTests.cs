using SelfHelp.Core.Tests.Testing;

namespace SelfHelp.Core.Tests.ContentTypes;

public sealed class ContentTypeItemCountTests : PublishedSiteTest
{
    [Fact]
    public async Task Counts_the_items_of_a_type_including_those_in_the_recycle_bin()
    {
        var page = await Engine.SavePageAsync(Site.Id, "Counted");
        var pageType = page.ContentTypeAlias;
        var before = await Engine.ContentTypes.CountItemsAsync(pageType);

        TestEngine.Succeeded(await Engine.Content.MoveToRecycleBinAsync(page.Id));
        await Engine.SavePageAsync(Site.Id, "Also counted");

        Assert.True(before >= 1);
        Assert.Equal(before + 1, await Engine.ContentTypes.CountItemsAsync(pageType));
        Assert.Equal(0, await Engine.ContentTypes.CountItemsAsync("noSuchType"));
    }
}
