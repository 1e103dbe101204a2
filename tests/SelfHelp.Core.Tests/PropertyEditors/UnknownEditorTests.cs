using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.DeliveryApi;
using SelfHelp.Core.DeliveryApi.Reading;
using SelfHelp.Core.PropertyEditors;
using SelfHelp.Core.Search;
using SelfHelp.Core.Search.Indexing;
using SelfHelp.Core.Search.Querying;
using SelfHelp.Core.Tests.Testing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.PropertyEditors;

/// <summary>
/// A data type whose editor alias no folder under PropertyEditors claims (a package not installed here): its values
/// are kept, delivered and indexed as they always were, the way Umbraco shows such a value as a label.
/// </summary>
public sealed class UnknownEditorTests : IAsyncLifetime
{
    private static readonly DataType ColourWheel = new() { Key = Guid.NewGuid(), Name = "Colour wheel", EditorAlias = "Acme.ColourWheel", ConfigurationJson = "{}" };

    private static readonly ContentType Palette = new ContentTypeBuilder("palette")
        .AddProperty("colour", ColourWheel)
        .Build();

    private TestEngine _engine = null!;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync(configure: b =>
        {
            b.Configuration["Umbraco:CMS:DeliveryApi:Enabled"] = "true";
            b.AddDeliveryApiCore();
            b.AddSearch();
        });
        await _engine.DataTypes.SaveAsync(ColourWheel);
        await _engine.ContentTypes.SaveAsync(Palette);
        var site = await _engine.ContentTypes.GetAsync("site");
        site!.AllowedChildren.Add(new AllowedChildType(Palette.Key, "palette", 1));
        await _engine.ContentTypes.SaveAsync(site);
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public void Every_editor_the_engine_registers_has_an_alias_of_its_own()
    {
        var editors = _engine.Services.GetRequiredService<PropertyEditorCollection>();

        Assert.IsNotType<MissingPropertyEditor>(editors["Umbraco.TextBox"]);
        Assert.IsType<MissingPropertyEditor>(editors[ColourWheel.EditorAlias]);
    }

    [Fact]
    public async Task Its_value_is_accepted_as_it_is_delivered_as_stored_and_found_by_its_words()
    {
        const string stored = """{"label":"Sunrise orange","hex":"#ff8800","stops":[1,2]}""";
        var siteItem = await _engine.PublishSiteAsync();
        var palette = await _engine.Content.CreateAsync("Autumn palette", siteItem.Id, "palette");
        palette.SetValue("colour", JsonDocument.Parse(stored).RootElement);

        var published = TestEngine.Succeeded(await _engine.Content.PublishAsync(palette, ["*"]));

        var request = (await _engine.Services.GetRequiredService<IDeliveryRequestFactory>().CreateAsync(null, null, false, null, null)).Request!;
        var item = await _engine.Services.GetRequiredService<IDeliveryContentReader>().GetByIdAsync(request, published.Key);
        var delivered = JsonDocument.Parse(item.Json!.Utf8).RootElement.GetProperty("properties").GetProperty("colour");
        Assert.Equal(JsonSerializer.Serialize(JsonDocument.Parse(stored)), JsonSerializer.Serialize(delivered));

        await _engine.Services.GetRequiredService<ISearchIndexRebuilder>().WaitForPendingAsync();
        var found = TestEngine.Succeeded(await _engine.Services.GetRequiredService<ISearchService>()
            .SearchAsync(new SearchRequest { Text = "sunrise", Culture = English }));
        Assert.Equal(["Autumn palette"], found.Items.Select(i => i.Name));
    }
}
