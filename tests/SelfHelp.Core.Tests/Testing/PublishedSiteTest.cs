using SelfHelp.Core.Content;

namespace SelfHelp.Core.Tests.Testing;

/// <summary>Base of engine tests that need a fresh engine with <see cref="TestSchema"/> and a published root "site".</summary>
public abstract class PublishedSiteTest : IAsyncLifetime
{
    protected TestEngine Engine { get; private set; } = null!;
    protected ContentItem Site { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Engine = await TestEngine.StartAsync();
        Site = await Engine.PublishSiteAsync();
    }

    public async Task DisposeAsync() => await Engine.DisposeAsync();

    /// <summary>Saves a "page" with its titles and publishes it in every culture it has a name in.</summary>
    protected async Task<ContentItem> PublishedPageAsync(int parentId, string name, string? chineseName = null) =>
        TestEngine.Succeeded(await Engine.Content.PublishAsync(await Engine.SavePageAsync(parentId, name, chineseName), ["*"]));
}
