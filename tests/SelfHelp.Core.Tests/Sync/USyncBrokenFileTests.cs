using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Sync;
using SelfHelp.Core.Tests.Testing;

namespace SelfHelp.Core.Tests.Sync;

public sealed class USyncBrokenFileTests
{
    /// <summary>A file of the shipped set, a text in it, what breaks it, and what the error must say.</summary>
    public static TheoryData<string, string, string, string> BrokenFiles => new()
    {
        { "ContentTypes/story.config", "</GenericProperties>", "</GenericProperty>", "not well-formed XML" },
        {
            "ContentTypes/workshop.config", "<Definition>2e6d3631-066e-44b8-aec4-96f09099b2b5</Definition>",
            "<Definition>00000000-0000-0000-0000-0000000000ab</Definition>",
            "property 'capacity' uses the data type 00000000-0000-0000-0000-0000000000ab (Umbraco.Integer), which does not exist"
        },
        {
            "ContentTypes/storylibrary.config", "Key=\"7aca9fa9-02c6-551a-ac71-60eb6f561020\" SortOrder=\"0\">story<",
            "Key=\"00000000-0000-0000-0000-0000000000cd\" SortOrder=\"0\">podcast<",
            "the allowed child 'podcast' (00000000-0000-0000-0000-0000000000cd) is not a known document type"
        },
        { "DataTypes/Topics.config", "DataType", "DataTypo", "unknown root element <DataTypo>" },
        { "DataTypes/Districts.config", "\"multiple\": true", "\"multiple\": tru", "<Config> is not valid JSON" },
        { "Languages/zh-hk.config", " Key=\"", " Kee=\"", "<Language> has no Key attribute" },
        {
            "DataTypes/Year.config", "<EditorAlias>Umbraco.Integer</EditorAlias>", "<EditorAlias>Our.Umbraco.Stars</EditorAlias>",
            "the editor 'Our.Umbraco.Stars' is not a property editor Umbraco knows"
        },
        { "Dictionary/topic.carers.config", "Language=\"zh-HK\"", "Language=\"fr-FR\"", "the translation for 'fr-FR' is for a language the site does not have" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task A_broken_file_stops_start_up_with_an_error_naming_the_file_and_the_problem(string file, string find, string replace, string expected)
    {
        var failure = await Assert.ThrowsAsync<USyncImportException>(() => USyncTestFiles.StartAsync(root => Edit(root, file, find, replace)));

        var reported = Assert.Single(failure.Problems);
        Assert.Equal(file, reported.File);
        Assert.Contains(expected, reported.Message);
        Assert.Contains($"{file}: {expected}", failure.Message);
    }

    [Fact]
    public async Task A_broken_file_stops_the_whole_import_so_nothing_is_written()
    {
        await using var engine = await USyncTestFiles.StartAsync();
        var root = engine.Root();
        Edit(root, "ContentTypes/home.config", "<Name>Home</Name>", "<Name>Start</Name>");
        File.Copy(Path.Combine(root, "ContentTypes/faqitem.config"), Path.Combine(root, "ContentTypes/tipitem.config"));
        Edit(root, "ContentTypes/tipitem.config", "Alias=\"faqItem\"", "Alias=\"tipItem\"");
        var faqKey = USyncTestFiles.ReadXml(root, "ContentTypes/tipitem.config").Attribute("Key")!.Value;
        Edit(root, "ContentTypes/tipitem.config", faqKey, Guid.NewGuid().ToString());
        Edit(root, "ContentTypes/workshop.config", "<Definition>2e6d3631-066e-44b8-aec4-96f09099b2b5</Definition>", "<Definition>00000000-0000-0000-0000-0000000000ab</Definition>");

        var failure = await Assert.ThrowsAsync<USyncImportException>(() => engine.Importer().ImportAsync());

        Assert.Equal("ContentTypes/workshop.config", Assert.Single(failure.Problems).File);
        Assert.Equal("Home", (await engine.ContentTypes.GetAsync("home"))!.Name);
        Assert.Null(await engine.ContentTypes.GetAsync("tipItem"));
    }

    [Fact]
    public async Task Two_default_languages_are_refused()
    {
        var failure = await Assert.ThrowsAsync<USyncImportException>(() => USyncTestFiles.StartAsync(root =>
            Edit(root, "Languages/zh-hk.config", "<IsDefault>false</IsDefault>", "<IsDefault>true</IsDefault>")));

        Assert.Contains("only one language can be the default", Assert.Single(failure.Problems).Message);
    }

    [Fact]
    public async Task An_engine_without_its_uSync_folder_does_not_start()
    {
        var failure = await Assert.ThrowsAsync<USyncImportException>(() =>
            TestEngine.StartEmptyAsync(configure: b => b.AddUSync()));

        Assert.Contains("root folder does not exist", failure.Message);
    }

    private static void Edit(string root, string file, string find, string replace)
    {
        var path = Path.Combine(root, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text);
        File.WriteAllText(path, text.Replace(find, replace));
    }
}
