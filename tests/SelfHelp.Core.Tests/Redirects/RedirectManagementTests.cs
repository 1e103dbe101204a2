using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Redirects;
using SelfHelp.Core.Tests.Testing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Redirects;

public sealed class RedirectManagementTests : PublishedSiteTest
{
    private IRedirectUrlService Redirects => Engine.Services.GetRequiredService<IRedirectUrlService>();

    [Fact]
    public async Task Redirects_are_paged_newest_first_and_filtered_by_their_old_route()
    {
        var first = await PublishedPageAsync(Site.Id, "First old name");
        var second = await PublishedPageAsync(Site.Id, "Second old name");
        await RenameAsync(first, "First new name");
        Engine.Clock.Advance(TimeSpan.FromMinutes(1));
        await RenameAsync(second, "Second new name");

        var (total, page) = await Redirects.GetPageAsync(null, 0, 1);
        var (filteredTotal, filtered) = await Redirects.GetPageAsync("first-old", 0, 10);

        Assert.Equal(2, total);
        Assert.Equal(second.Key, Assert.Single(page).ContentKey);
        Assert.Equal(1, filteredTotal);
        Assert.Equal("/first-old-name/", Assert.Single(filtered).OldRoute);
    }

    [Fact]
    public async Task A_deleted_redirect_no_longer_finds_the_page()
    {
        var page = await PublishedPageAsync(Site.Id, "Old route");
        await RenameAsync(page, "New route");
        var redirect = Assert.Single(await Redirects.GetForContentAsync(page.Key));

        Assert.True(await Redirects.DeleteAsync(redirect.Id));

        Assert.Null(await Redirects.GetAsync(redirect.Id));
        Assert.Null(await Redirects.FindMovedAsync("/old-route/", English));
        Assert.False(await Redirects.DeleteAsync(redirect.Id));
    }

    private async Task RenameAsync(SelfHelp.Core.Content.ContentItem page, string name)
    {
        var item = (await Engine.Content.GetAsync(page.Id))!;
        item.SetName(name, English);
        TestEngine.Succeeded(await Engine.Content.PublishAsync(item, [English]));
    }
}
