using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Search.Indexing;
using SelfHelp.Core.Search.Querying;
using SelfHelp.Core.Tests.Testing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Search;

public sealed class RecoveryTests : SearchFixture
{
    private static string IndexFolder(string folder, string index) => Path.Combine(folder, "App_Data", "TEMP", "ExamineIndexes", index);

    private static async Task<IReadOnlyList<string>> FindAfterStartAsync(TestEngine engine, string text, string index = IndexNames.External)
    {
        await engine.Services.GetRequiredService<ISearchIndexRebuilder>().WaitForPendingAsync();
        var results = TestEngine.Succeeded(await engine.Services.GetRequiredService<ISearchService>()
            .SearchAsync(new SearchRequest { Text = text, Culture = English, Index = index }));
        return results.Items.Select(i => i.Name).ToList();
    }

    [Fact]
    public async Task Indexes_live_in_Umbracos_folder_under_the_content_root()
    {
        await Story("Carers story").PublishAsync();
        await Indexes.WaitForPendingAsync();

        foreach (var name in IndexNames.All)
        {
            Assert.Contains(Directory.GetFiles(IndexFolder(Engine.Folder, name)), f => Path.GetFileName(f).StartsWith("segments_"));
        }
    }

    [Fact]
    public async Task A_corrupt_index_is_rebuilt_at_start_and_searches_work()
    {
        await Story("Carers story").PublishAsync();
        await Story("Draft story").SaveAsync();
        await Indexes.WaitForPendingAsync();

        await using var restarted = await Engine.RestartAsync(folder =>
        {
            foreach (var name in IndexNames.All)
            {
                foreach (var file in Directory.GetFiles(IndexFolder(folder, name)))
                {
                    File.WriteAllBytes(file, Enumerable.Repeat((byte)0x5A, 64).ToArray());
                }
            }
        });

        Assert.Equal(["Carers story"], await FindAfterStartAsync(restarted, "carers"));
        Assert.Equal(["Draft story"], await FindAfterStartAsync(restarted, "draft", IndexNames.Internal));
    }

    [Fact]
    public async Task An_index_with_missing_segment_files_is_rebuilt_at_start()
    {
        await Story("Carers story").PublishAsync();
        await Indexes.WaitForPendingAsync();

        await using var restarted = await Engine.RestartAsync(folder =>
        {
            foreach (var file in Directory.GetFiles(IndexFolder(folder, IndexNames.External)).Where(f => !Path.GetFileName(f).StartsWith("segments")))
            {
                File.Delete(file);
            }
        });

        Assert.Equal(["Carers story"], await FindAfterStartAsync(restarted, "carers"));
    }

    [Fact]
    public async Task An_index_locked_by_another_process_does_not_stop_the_site()
    {
        await Story("Carers story").PublishAsync();
        await Indexes.WaitForPendingAsync();
        Process? holder = null;
        try
        {
            await using var restarted = await Engine.RestartAsync(folder =>
            {
                var lockFile = Path.Combine(IndexFolder(folder, IndexNames.External), "write.lock");
                File.WriteAllText(lockFile, "");
                // flock prints once it holds the lock, so the engine starts against a lock that is really taken.
                holder = Process.Start(new ProcessStartInfo("flock", ["--exclusive", lockFile, "sh", "-c", "echo locked && exec sleep 60"]) { RedirectStandardOutput = true })!;
                Assert.Equal("locked", holder.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult());
            });

            Assert.Equal(["Carers story"], await FindAfterStartAsync(restarted, "carers"));
            await restarted.Services.GetRequiredService<ISearchIndexRebuilder>().RebuildAsync(IndexNames.External);
            Assert.Equal(["Carers story"], await FindAfterStartAsync(restarted, "carers"));
        }
        finally
        {
            holder?.Kill(entireProcessTree: true);
        }
    }
}
