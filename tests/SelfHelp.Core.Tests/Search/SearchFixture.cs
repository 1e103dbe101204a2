using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Content;
using SelfHelp.Core.Search;
using SelfHelp.Core.Search.Indexing;
using SelfHelp.Core.Search.Querying;
using SelfHelp.Core.Tests.Testing;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Search;

/// <summary>
/// The engine with search added, the story schema installed and a published site, for one test: real Lucene indexes
/// under the test's temp folder. Waits for the indexing queue rather than sleeping.
/// </summary>
public abstract class SearchFixture : IAsyncLifetime
{
    protected TestEngine Engine { get; private set; } = null!;
    protected ContentItem Site { get; private set; } = null!;
    protected ISearchService Search => Engine.Services.GetRequiredService<ISearchService>();
    protected ISearchIndexRebuilder Indexes => Engine.Services.GetRequiredService<ISearchIndexRebuilder>();

    public virtual async Task InitializeAsync()
    {
        Engine = await TestEngine.StartAsync(configure: b => b.AddSearch());
        await SearchTestSchema.InstallAsync(Engine);
        Site = await Engine.PublishSiteAsync();
        await Indexes.WaitForPendingAsync();
    }

    public virtual async Task DisposeAsync() => await Engine.DisposeAsync();

    protected StoryBuilder Story(string englishTitle, int? parentId = null) => new(Engine, parentId ?? Site.Id, englishTitle);

    /// <summary>Searches once everything queued is indexed; fails the test on a validation error.</summary>
    protected async Task<SearchResults> FindAsync(string? text, string culture = English, Func<SearchRequest, SearchRequest>? with = null)
    {
        await Indexes.WaitForPendingAsync();
        var request = new SearchRequest { Text = text, Culture = culture };
        return TestEngine.Succeeded(await Search.SearchAsync(with?.Invoke(request) ?? request));
    }

    protected async Task<IReadOnlyList<string>> NamesFoundAsync(string? text, string culture = English, Func<SearchRequest, SearchRequest>? with = null) =>
        (await FindAsync(text, culture, with)).Items.Select(i => i.Name).ToList();
}
