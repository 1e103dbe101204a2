using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Tests.Testing;
using SelfHelp.Core.Visibility;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Visibility;

public sealed class PublicVisibilityTests : IAsyncLifetime
{
    private static readonly DataType Consent = new() { Key = Guid.NewGuid(), Name = "Consent", EditorAlias = "Umbraco.DropDown.Flexible", ConfigurationJson = """{"items":["pending","given","withdrawn"]}""" };

    private static readonly ContentType Story = new ContentTypeBuilder("story").VariesByCulture()
        .AddProperty("title", Text, variesByCulture: true)
        .AddProperty("consentStatus", Consent)
        .AddProperty("embargoUntil", Date)
        .AddProperty("releaseForm", Text, group: PublicVisibility.InternalGroupAlias)
        .Build();

    private TestEngine _engine = null!;
    private ContentItem _site = null!;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync();
        await _engine.DataTypes.SaveAsync(Consent);
        await _engine.ContentTypes.SaveAsync(Story);
        var site = await _engine.ContentTypes.GetAsync("site");
        site!.AllowedChildren.Add(new AllowedChildType(Story.Key, "story", 1));
        await _engine.ContentTypes.SaveAsync(site);
        _site = await _engine.PublishSiteAsync();
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    private IPublicVisibility Visibility => _engine.Services.GetRequiredService<IPublicVisibility>();

    private async Task<bool> IsPublicAsync(string consent, string? embargoUntil = null)
    {
        var story = await _engine.Content.CreateAsync("A story", _site.Id, "story", English);
        story.SetValue("consentStatus", new[] { consent });
        if (embargoUntil is not null)
        {
            story.SetValue("embargoUntil", embargoUntil);
        }
        TestEngine.Succeeded(await _engine.Content.PublishAsync(story, [English]));
        return Visibility.IsPublic(_engine.Cache.Current.GetByKey(story.Key)!, English);
    }

    [Theory]
    [InlineData("given", true)]
    [InlineData("pending", false)]
    [InlineData("withdrawn", false)]
    public async Task A_published_story_is_public_only_with_consent_given(string consent, bool expected) =>
        Assert.Equal(expected, await IsPublicAsync(consent));

    [Fact]
    public async Task An_embargoed_story_becomes_public_when_the_embargo_passes()
    {
        var embargo = _engine.Clock.GetUtcNow().UtcDateTime.AddDays(1).ToString("yyyy-MM-dd HH:mm:ss");

        Assert.False(await IsPublicAsync("given", embargo));
        _engine.Clock.Advance(TimeSpan.FromDays(1));
        Assert.True(Visibility.IsPublic(_engine.Cache.Current.All.Single(c => c.ContentTypeAlias == "story"), English));
    }

    [Fact]
    public void Properties_in_the_internal_group_are_never_public()
    {
        Assert.False(Visibility.IsPublicProperty(Story, "releaseForm"));
        Assert.True(Visibility.IsPublicProperty(Story, "title"));
    }
}
