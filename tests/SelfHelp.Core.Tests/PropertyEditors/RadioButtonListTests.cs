using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.DeliveryApi;
using SelfHelp.Core.DeliveryApi.Reading;
using SelfHelp.Core.Tests.Testing;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.Tests.PropertyEditors;

/// <summary>A radio button list takes one of its data type's items and delivers it as a string.</summary>
public sealed class RadioButtonListTests : IAsyncLifetime
{
    private static readonly DataType MeetingMode = new()
    {
        Key = Guid.NewGuid(), Name = "Meeting mode", EditorAlias = Aliases.RadioButtonList, ConfigurationJson = """{"items":["in-person","online"]}""",
    };

    private static readonly ContentType Meeting = new ContentTypeBuilder("meeting").AddProperty("mode", MeetingMode).Build();

    private TestEngine _engine = null!;
    private ContentItem _site = null!;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync(configure: b =>
        {
            b.Configuration["Umbraco:CMS:DeliveryApi:Enabled"] = "true";
            b.AddDeliveryApiCore();
        });
        await _engine.DataTypes.SaveAsync(MeetingMode);
        await _engine.ContentTypes.SaveAsync(Meeting);
        var site = (await _engine.ContentTypes.GetAsync("site"))!;
        site.AllowedChildren.Add(new AllowedChildType(Meeting.Key, Meeting.Alias, 1));
        await _engine.ContentTypes.SaveAsync(site);
        _site = await _engine.PublishSiteAsync();
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task A_choice_the_data_type_does_not_offer_is_refused()
    {
        var meeting = await _engine.Content.CreateAsync("Tuesday meeting", _site.Id, Meeting.Alias);
        meeting.SetValue("mode", "by-letter");

        var result = await _engine.Content.SaveAsync(meeting);

        Assert.Equal(OperationStatus.ValidationFailed, result.Status);
        Assert.Equal(("mode", "'by-letter' is not one of the choices."), (Assert.Single(result.Errors).Alias, result.Errors[0].Message));
    }

    [Fact]
    public async Task The_chosen_item_is_delivered_as_a_string()
    {
        var meeting = await _engine.Content.CreateAsync("Tuesday meeting", _site.Id, Meeting.Alias);
        meeting.SetValue("mode", "online");
        var published = TestEngine.Succeeded(await _engine.Content.PublishAsync(meeting, ["*"]));

        var request = (await _engine.Services.GetRequiredService<IDeliveryRequestFactory>().CreateAsync(null, null, false, null, null)).Request!;
        var item = await _engine.Services.GetRequiredService<IDeliveryContentReader>().GetByIdAsync(request, published.Key);

        var mode = JsonDocument.Parse(item.Json!.Utf8).RootElement.GetProperty("properties").GetProperty("mode");
        Assert.Equal((JsonValueKind.String, "online"), (mode.ValueKind, mode.GetString()));
    }
}
