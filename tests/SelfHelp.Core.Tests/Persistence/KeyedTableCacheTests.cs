using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Tests.Persistence;

public sealed class KeyedTableCacheTests
{
    private static readonly Guid Key = Guid.NewGuid();

    [Fact]
    public async Task A_load_that_overlapped_a_write_is_not_kept()
    {
        var cache = new KeyedTableCache<string>();
        var loading = new TaskCompletionSource();
        var writeDone = new TaskCompletionSource();
        var stale = cache.GetAsync(async _ =>
        {
            loading.SetResult();
            await writeDone.Task;
            return Table("read before the write");
        }, default);
        await loading.Task;

        cache.Invalidate();
        writeDone.SetResult();
        await stale;

        Assert.Equal("read after the write", (await cache.GetAsync(_ => Task.FromResult(Table("read after the write")), default))[Key]);
    }

    [Fact]
    public async Task A_load_with_no_write_during_it_is_kept_until_the_next_invalidation()
    {
        var cache = new KeyedTableCache<string>();
        await cache.GetAsync(_ => Task.FromResult(Table("first")), default);

        var kept = await cache.GetAsync(_ => Task.FromResult(Table("second")), default);
        cache.Invalidate();
        var reloaded = await cache.GetAsync(_ => Task.FromResult(Table("third")), default);

        Assert.Equal("first", kept[Key]);
        Assert.Equal("third", reloaded[Key]);
    }

    private static IReadOnlyDictionary<Guid, string> Table(string value) => new Dictionary<Guid, string> { [Key] = value };
}
