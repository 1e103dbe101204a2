using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Dictionary;
using SelfHelp.Core.Sync;
using SelfHelp.Core.Tests.Testing;

namespace SelfHelp.Core.Tests.Sync;

public sealed class USyncDeleteTests : IAsyncLifetime
{
    private TestEngine _engine = null!;

    public async Task InitializeAsync() => _engine = await USyncTestFiles.StartAsync();

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task A_delete_marker_deletes_the_item_and_importing_it_again_reports_it_unchanged()
    {
        var dictionary = _engine.Services.GetRequiredService<IDictionaryService>();
        // An item no form uses: the forms' texts refer to topics, so deleting one of those is refused.
        var completed = (await dictionary.GetAsync("workshopStatus.completed"))!;
        WriteMarker("Dictionary/workshopstatus.completed.config", completed.Key, "workshopStatus.completed");

        var first = await _engine.Importer().ImportAsync();
        var second = await _engine.Importer().ImportAsync();

        Assert.Null(await dictionary.GetAsync("workshopStatus.completed"));
        Assert.Equal(USyncChangeType.Deleted, first.Single(c => c.Alias == "workshopStatus.completed").Change);
        Assert.Equal(USyncChangeType.Unchanged, second.Single(c => c.Alias == "workshopStatus.completed").Change);
        Assert.Equal(2, (await dictionary.GetChildrenAsync((await dictionary.GetAsync("workshopStatus"))!.Key)).Count);
    }

    [Fact]
    public async Task A_deleted_type_that_another_file_still_allows_as_a_child_is_refused()
    {
        var workshop = (await _engine.ContentTypes.GetAsync("workshop"))!;
        WriteMarker("ContentTypes/workshop.config", workshop.Key, "workshop");

        var failure = await Assert.ThrowsAsync<USyncImportException>(() => _engine.Importer().ImportAsync());

        Assert.Equal("ContentTypes/workshoplist.config", Assert.Single(failure.Problems).File);
        Assert.NotNull(await _engine.ContentTypes.GetAsync("workshop"));
    }

    [Fact]
    public async Task A_rename_marker_only_records_history_and_deletes_nothing()
    {
        var english = (await _engine.Languages.GetAsync("en-US"))!;
        File.WriteAllBytes(Path.Combine(_engine.Root(), "Languages/en.config"),
            System.Text.Encoding.UTF8.GetBytes(new XElement("Empty", new XAttribute("Key", english.Key), new XAttribute("Alias", "en"), new XAttribute("Change", "Rename")).ToString()));

        await _engine.Importer().ImportAsync();

        Assert.NotNull(await _engine.Languages.GetAsync("en-US"));
    }

    private void WriteMarker(string file, Guid key, string alias) =>
        File.WriteAllText(Path.Combine(_engine.Root(), file),
            new XElement("Empty", new XAttribute("Key", key), new XAttribute("Alias", alias), new XAttribute("Change", "Delete")).ToString());
}
