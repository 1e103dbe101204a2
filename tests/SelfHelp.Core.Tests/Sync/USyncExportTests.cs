using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Dictionary;
using SelfHelp.Core.Sync;
using SelfHelp.Core.Tests.Testing;
using ContentVariation = Umbraco.Cms.Core.Models.ContentVariation;

namespace SelfHelp.Core.Tests.Sync;

public sealed class USyncExportTests : IAsyncLifetime
{
    private TestEngine _engine = null!;

    public async Task InitializeAsync() => _engine = await USyncTestFiles.StartAsync();

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task Import_then_export_leaves_every_file_unchanged()
    {
        await _engine.Exporter().ExportAllAsync();

        USyncTestFiles.AssertSameFiles(USyncTestFiles.Shipped, _engine.Root());
    }

    [Fact]
    public async Task Exporting_into_an_empty_folder_writes_the_shipped_files_byte_for_byte()
    {
        Directory.Delete(_engine.Root(), recursive: true);

        await _engine.Exporter().ExportAllAsync();

        USyncTestFiles.AssertSameFiles(USyncTestFiles.Shipped, _engine.Root());
    }

    [Fact]
    public async Task A_type_changed_through_the_engine_is_written_back_and_imports_again_as_unchanged()
    {
        var story = (await _engine.ContentTypes.GetAsync("story"))!;
        var numeric = (await _engine.DataTypes.GetAllAsync()).Single(d => d.Name == "Numeric");
        story.Properties.Add(new PropertyType
        {
            Key = Guid.NewGuid(), Alias = "readingMinutes", Name = "Reading time (minutes)", DataTypeKey = numeric.Key,
            EditorAlias = numeric.EditorAlias, GroupAlias = "storyDetails", SortOrder = 20, Variations = ContentVariation.Nothing,
        });

        await _engine.ContentTypes.SaveAsync(story);

        var file = USyncTestFiles.ReadXml(_engine.Root(), "ContentTypes/story.config");
        var property = file.Element("GenericProperties")!.Elements("GenericProperty").Single(p => p.Element("Alias")!.Value == "readingMinutes");
        Assert.Equal(numeric.Key.ToString(), property.Element("Definition")!.Value);
        Assert.Equal("Story details", property.Element("Tab")!.Value);
        var changes = await _engine.Importer().ImportAsync();
        Assert.All(changes, c => Assert.Equal(USyncChangeType.Unchanged, c.Change));
    }

    [Fact]
    public async Task A_changed_label_is_written_to_its_dictionary_file()
    {
        var dictionary = _engine.Services.GetRequiredService<IDictionaryService>();
        var carers = (await dictionary.GetAsync("topic.carers"))!;
        carers.Translations["zh-HK"] = "護老者及照顧者";

        await dictionary.SaveAsync(carers);

        var file = USyncTestFiles.ReadXml(_engine.Root(), "Dictionary/topic.carers.config");
        Assert.Equal("護老者及照顧者", file.Descendants("Translation").Single(t => t.Attribute("Language")!.Value == "zh-HK").Value);
        Assert.Equal("topic", file.Element("Info")!.Element("Parent")!.Value);
    }

    [Fact]
    public async Task A_deleted_type_leaves_a_delete_marker_that_keeps_it_deleted_on_the_next_import()
    {
        var faq = (await _engine.ContentTypes.GetAsync("faqItem"))!;

        await _engine.ContentTypes.DeleteAsync(faq.Key);

        var marker = USyncTestFiles.ReadXml(_engine.Root(), "ContentTypes/faqitem.config");
        Assert.Equal(new XElement("Empty", new XAttribute("Key", faq.Key), new XAttribute("Alias", "faqItem"), new XAttribute("Change", "Delete")).ToString(), marker.ToString());
        var changes = await _engine.Importer().ImportAsync();
        Assert.Equal(USyncChangeType.Unchanged, changes.Single(c => c.Alias == "faqItem").Change);
        Assert.Null(await _engine.ContentTypes.GetAsync("faqItem"));
    }

    [Fact]
    public async Task A_renamed_data_type_moves_to_its_new_file_and_its_old_file_records_the_rename()
    {
        var skills = (await _engine.DataTypes.GetAllAsync()).Single(d => d.Name == "Skills");
        skills.Name = "Volunteer Skills";

        await _engine.DataTypes.SaveAsync(skills);

        Assert.Equal("Volunteer Skills", USyncTestFiles.ReadXml(_engine.Root(), "DataTypes/VolunteerSkills.config").Attribute("Alias")!.Value);
        var old = USyncTestFiles.ReadXml(_engine.Root(), "DataTypes/Skills.config");
        Assert.Equal(("Empty", "Rename"), (old.Name.LocalName, old.Attribute("Change")!.Value));
        var changes = await _engine.Importer().ImportAsync();
        Assert.All(changes, c => Assert.Equal(USyncChangeType.Unchanged, c.Change));
        Assert.Equal("Volunteer Skills", (await _engine.DataTypes.GetAsync(skills.Key))!.Name);
    }
}

public sealed class USyncExportSettingsTests
{
    [SkippableTheory]
    [StorageProviders]
    public async Task The_shipped_files_survive_a_round_trip_through_each_database(string provider)
    {
        await using var engine = await USyncTestFiles.StartAsync(provider: provider);
        Directory.Delete(engine.Root(), recursive: true);

        await engine.Exporter().ExportAllAsync();

        USyncTestFiles.AssertSameFiles(USyncTestFiles.Shipped, engine.Root());
    }

    [Fact]
    public async Task With_export_on_save_off_a_changed_type_leaves_its_file_alone()
    {
        await using var engine = await USyncTestFiles.StartAsync(settings: new Dictionary<string, string?> { ["uSync:Settings:ExportOnSave"] = "None" });
        var home = (await engine.ContentTypes.GetAsync("home"))!;
        home.Name = "Home page";

        await engine.ContentTypes.SaveAsync(home);

        USyncTestFiles.AssertSameFiles(USyncTestFiles.Shipped, engine.Root());
    }

    [Fact]
    public async Task With_import_at_start_up_off_nothing_is_imported()
    {
        await using var engine = await USyncTestFiles.StartAsync(settings: new Dictionary<string, string?> { ["uSync:Settings:ImportAtStartup"] = "None" });

        Assert.Empty(await engine.Languages.GetAllAsync());
        Assert.Empty(await engine.ContentTypes.GetAllAsync());
    }

    [Fact]
    public async Task An_unknown_import_group_stops_start_up()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() =>
            USyncTestFiles.StartAsync(settings: new Dictionary<string, string?> { ["uSync:Settings:ImportAtStartup"] = "Everything" }));

        Assert.Contains("ImportAtStartup", failure.Message);
    }
}
