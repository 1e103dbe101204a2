using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Dictionary;
using SelfHelp.Core.Sync;
using SelfHelp.Core.Tests.Testing;
using Umbraco.Cms.Core.Models;
using ContentType = SelfHelp.Core.ContentTypes.ContentType;

namespace SelfHelp.Core.Tests.Sync;

public sealed class USyncImportTests : IAsyncLifetime
{
    private static readonly string[] DocumentTypes =
    [
        "home", "contentPage", "storyLibrary", "story", "guidanceLibrary", "guidanceArticle", "glossary", "glossaryTerm",
        "groupDirectory", "selfHelpGroup", "workshopList", "workshop", "volunteerHub", "volunteerRole", "districtIndex",
        "district", "committeeDocument",
    ];

    private TestEngine _engine = null!;

    public async Task InitializeAsync() => _engine = await USyncTestFiles.StartAsync();

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task Start_up_imports_english_as_the_mandatory_default_and_traditional_chinese()
    {
        var languages = await _engine.Languages.GetAllAsync();

        Assert.Equal(["en-US", "zh-HK"], languages.Select(l => l.IsoCode));
        var english = languages[0];
        Assert.True(english.IsDefault && english.IsMandatory);
        Assert.False(languages[1].IsDefault || languages[1].IsMandatory);
    }

    [Fact]
    public async Task Every_document_and_element_type_of_the_content_model_is_imported()
    {
        var types = await _engine.ContentTypes.GetAllAsync();
        var documents = types.Where(t => t.Kind == ContentTypeKind.Document).ToList();

        Assert.Equal(DocumentTypes.Order(), documents.Where(t => !t.IsElement).Select(t => t.Alias).Order());
        Assert.Equal(["faqItem", "linkItem", "statItem"], documents.Where(t => t.IsElement).Select(t => t.Alias).Order());
        Assert.Equal(["home"], documents.Where(t => t.AllowAtRoot).Select(t => t.Alias));
        Assert.All(documents.Where(t => !t.IsElement), t => Assert.True(t.VariesByCulture, t.Alias));
    }

    [Fact]
    public async Task A_story_has_culture_varying_text_invariant_structure_and_a_private_release_form_recording_and_names_to_hide()
    {
        var story = (await _engine.ContentTypes.GetAsync("story"))!;

        Assert.Equal(
            ["anonymised", "body", "consentStatus", "developmentStage", "district", "embargoUntil", "group", "interviewDate",
             "interviewPlace", "interviewer", "narratorName", "photos", "recording", "redactedNames", "releaseForm", "summary", "themes", "title",
             "topics", "transcript"],
            story.Properties.Select(p => p.Alias).Order(StringComparer.Ordinal));
        Assert.Equal(["body", "narratorName", "summary", "title", "transcript"],
            story.Properties.Where(p => p.VariesByCulture).Select(p => p.Alias).Order(StringComparer.Ordinal));
        Assert.True(story.FindProperty("title")!.Mandatory);
        Assert.Equal(["recording", "redactedNames", "releaseForm"],
            story.Properties.Where(p => p.GroupAlias == "internal").Select(p => p.Alias).Order(StringComparer.Ordinal));
        Assert.Equal(Umbraco.Cms.Core.Constants.PropertyEditors.Aliases.MultiNodeTreePicker, story.FindProperty("group")!.EditorAlias);
    }

    [Fact]
    public async Task Home_holds_the_containers_and_each_container_holds_its_items()
    {
        var home = (await _engine.ContentTypes.GetAsync("home"))!;

        Assert.Equal(
            ["contentPage", "storyLibrary", "guidanceLibrary", "glossary", "groupDirectory", "workshopList", "volunteerHub", "districtIndex"],
            home.AllowedChildren.OrderBy(c => c.SortOrder).Select(c => c.Alias));
        Assert.True((await _engine.ContentTypes.GetAsync("storyLibrary"))!.AllowsChild("story"));
        Assert.True((await _engine.ContentTypes.GetAsync("district"))!.AllowsChild("committeeDocument"));
        Assert.True((await _engine.ContentTypes.GetAsync("volunteerHub"))!.AllowsChild("volunteerRole"));
    }

    [Fact]
    public async Task Media_types_are_umbracos_built_in_ones_and_the_private_ones_and_a_folder_holds_them_all()
    {
        var media = (await _engine.ContentTypes.GetAllAsync()).Where(t => t.Kind == ContentTypeKind.Media).ToList();

        Assert.Equal(["File", "Folder", "Image", "consentForm", "privateFolder", "umbracoMediaArticle", "umbracoMediaAudio", "umbracoMediaVideo"],
            media.Select(t => t.Alias).Order(StringComparer.Ordinal));
        var folder = media.Single(t => t.Alias == "Folder");
        Assert.All(media, t => Assert.True(folder.AllowsChild(t.Alias), t.Alias));
        var image = media.Single(t => t.Alias == "Image");
        Assert.Equal(Umbraco.Cms.Core.Constants.PropertyEditors.Aliases.ImageCropper, image.FindProperty("umbracoFile")!.EditorAlias);
        var cropper = (await _engine.DataTypes.GetAsync(image.FindProperty("umbracoFile")!.DataTypeKey))!;
        Assert.Contains("\"alias\": \"thumbnail\"", cropper.ConfigurationJson);
    }

    [Fact]
    public async Task Pickers_name_the_types_they_allow_so_the_engine_can_check_picked_items()
    {
        var story = (await _engine.ContentTypes.GetAsync("story"))!;

        var group = (await _engine.DataTypes.GetAsync(story.FindProperty("group")!.DataTypeKey))!;
        var recording = (await _engine.DataTypes.GetAsync(story.FindProperty("recording")!.DataTypeKey))!;

        Assert.Equal(["selfHelpGroup"], group.GetStringList("filter"));
        Assert.Equal(["umbracoMediaAudio", "umbracoMediaVideo"], recording.GetStringList("filter"));
    }

    [Fact]
    public async Task Every_taxonomy_key_offered_by_a_list_has_a_label_in_both_languages()
    {
        var dictionary = _engine.Services.GetRequiredService<IDictionaryService>();
        var lists = (await _engine.DataTypes.GetAllAsync()).Where(d => d.GetStringList("items").Count > 0).ToList();
        var labels = await dictionary.GetAllAsync();

        Assert.Equal(15, lists.Count);
        foreach (var key in lists.SelectMany(l => l.GetStringList("items")))
        {
            var matching = labels.Where(l => l.ItemKey.EndsWith("." + key, StringComparison.Ordinal)).ToList();
            Assert.True(matching.Count > 0, $"No dictionary label for '{key}'.");
            Assert.All(matching, l => Assert.Equal(2, l.Translations.Count(t => !string.IsNullOrWhiteSpace(t.Value))));
        }
        Assert.Equal("深水埗區", await dictionary.GetTranslationAsync("district.shamShuiPo", "zh-HK"));
        Assert.Equal("Mental health", await dictionary.GetTranslationAsync("topic.mentalHealth", "en-US"));
        var topic = await dictionary.GetAsync("topic");
        Assert.Equal(9, (await dictionary.GetChildrenAsync(topic!.Key)).Count);
        Assert.Equal(18, (await dictionary.GetChildrenAsync((await dictionary.GetAsync("district"))!.Key)).Count);
    }

    [Fact]
    public async Task Importing_the_same_files_again_reports_every_item_unchanged()
    {
        var changes = await _engine.Importer().ImportAsync();

        Assert.Equal(USyncTestFiles.Snapshot(USyncTestFiles.Shipped).Count, changes.Count);
        Assert.All(changes, c => Assert.Equal(USyncChangeType.Unchanged, c.Change));
    }

    [Fact]
    public async Task A_story_built_on_the_imported_types_validates_its_taxonomy_values()
    {
        var home = TestEngine.Succeeded(await _engine.Content.PublishAsync(await HomeAsync(), ["*"]));
        var library = await _engine.Content.CreateAsync("Stories", home.Id, "storyLibrary", "en-US");
        library = TestEngine.Succeeded(await _engine.Content.SaveAsync(library));
        var story = await _engine.Content.CreateAsync("Finding each other", library.Id, "story", "en-US");
        story.SetValue("title", "Finding each other", "en-US");
        story.SetValue("topics", new[] { "mentalHealth", "carers" });
        story.SetValue("district", "shamShuiPo");

        TestEngine.Succeeded(await _engine.Content.SaveAsync(story));

        story.SetValue("district", "Sham Shui Po");
        var refused = await _engine.Content.SaveAsync(story);
        Assert.False(refused.Succeeded);
        Assert.Contains(refused.Errors, e => e.Alias == "district");
    }

    [Fact]
    public async Task A_group_phone_number_must_look_like_a_hong_kong_number()
    {
        var home = TestEngine.Succeeded(await _engine.Content.PublishAsync(await HomeAsync(), ["*"]));
        var directory = TestEngine.Succeeded(await _engine.Content.SaveAsync(await _engine.Content.CreateAsync("Groups", home.Id, "groupDirectory", "en-US")));
        var group = await _engine.Content.CreateAsync("Carers Circle", directory.Id, "selfHelpGroup", "en-US");
        group.SetValue("name", "Carers Circle", "en-US");
        group.SetValue("publicPhone", "12345");

        var refused = await _engine.Content.SaveAsync(group);

        Assert.Contains(refused.Errors, e => e.Alias == "publicPhone" && e.Message.Contains("Hong Kong phone number"));
        group.SetValue("publicPhone", "+852 2345 6789");
        TestEngine.Succeeded(await _engine.Content.SaveAsync(group));
    }

    private async Task<Core.Content.ContentItem> HomeAsync()
    {
        var home = await _engine.Content.CreateAsync("Home", Core.Content.ContentItem.RootId, "home", "en-US");
        home.SetValue("heroTitle", "Self-help, together", "en-US");
        return home;
    }
}
