using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Dictionary;
using SelfHelp.Core.Tests.Testing;

namespace SelfHelp.Core.Tests.Sync;

public sealed class USyncDurableWriteTests : IAsyncLifetime
{
    private TestEngine _engine = null!;

    public async Task InitializeAsync() => _engine = await USyncTestFiles.StartAsync();

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task A_changed_file_is_replaced_whole_never_rewritten_in_place_and_no_temporary_file_is_left()
    {
        var path = Path.Combine(_engine.Root(), "Dictionary", "topic.carers.config");
        var before = await File.ReadAllBytesAsync(path);
        var dictionary = _engine.Services.GetRequiredService<IDictionaryService>();
        var carers = (await dictionary.GetAsync("topic.carers"))!;
        carers.Translations["zh-HK"] = "護老者及照顧者";

        // A handle opened before the write sees the file it opened: after a rename, the old file whole; after a
        // rewrite in place (which a crash could cut short), the truncated and rewritten bytes.
        await using var heldOpen = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        await dictionary.SaveAsync(carers);
        using var oldContent = new MemoryStream();
        await heldOpen.CopyToAsync(oldContent);

        Assert.Equal(before, oldContent.ToArray());
        Assert.Contains("護老者及照顧者", await File.ReadAllTextAsync(path));
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(path)!, "*.tmp"));
    }
}
