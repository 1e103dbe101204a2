using SelfHelp.Core.Search;
using SelfHelp.Core.Search.Querying;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SelfHelp.Core.Tests.Search;

public sealed class PagingAndSortingTests : SearchFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        for (var i = 1; i <= 25; i++)
        {
            Engine.Clock.Advance(TimeSpan.FromMinutes(1));
            await Story($"Group {i:00}").PublishAsync();
        }
    }

    [Fact]
    public async Task Pages_split_the_results_and_the_total_counts_them_all()
    {
        var first = await FindAsync("group", with: r => r with { PageSize = 10, Sort = SearchSort.Name });
        var last = await FindAsync("group", with: r => r with { PageSize = 10, Page = 3, Sort = SearchSort.Name });
        var beyond = await FindAsync("group", with: r => r with { PageSize = 10, Page = 4 });

        Assert.Equal(25, first.Total);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"Group {i:00}"), first.Items.Select(i => i.Name));
        Assert.Equal(Enumerable.Range(21, 5).Select(i => $"Group {i:00}"), last.Items.Select(i => i.Name));
        Assert.Empty(beyond.Items);
        Assert.Equal(25, beyond.Total);
    }

    [Fact]
    public async Task Page_size_is_capped()
    {
        var max = Engine.Services.GetRequiredService<IOptions<SearchOptions>>().Value.MaxPageSize;

        var results = await FindAsync("group", with: r => r with { PageSize = max + 100 });

        Assert.Equal(max, results.PageSize);
    }

    [Fact]
    public async Task Date_order_puts_the_newest_first()
    {
        var names = await NamesFoundAsync("group", with: r => r with { Sort = SearchSort.Date, PageSize = 3 });

        Assert.Equal(["Group 25", "Group 24", "Group 23"], names);
    }

    [Fact]
    public async Task Invalid_pages_are_refused_as_values()
    {
        var result = await Search.SearchAsync(new SearchRequest { Text = "group", Culture = "en-US", Page = 0, PageSize = 0 });

        Assert.Equal(SelfHelp.Core.Content.OperationStatus.ValidationFailed, result.Status);
        Assert.Equal(["page", "pageSize"], result.Errors.Select(e => e.Alias));
    }
}
