using System.Text.Json;
using SelfHelp.Core.Content;
using SelfHelp.Core.Tests.Testing;

namespace SelfHelp.Core.Tests.DemoContent;

/// <summary>
/// One seeded site shared by the test classes that only read it, since seeding the whole demo is the slow part.
/// No test in the collection changes the site.
/// </summary>
public sealed class SeededSiteFixture : IAsyncLifetime
{
    public TestEngine Engine { get; private set; } = null!;

    /// <summary>Every stored document, drafts included, as the content service returns it.</summary>
    public IReadOnlyList<ContentItem> Documents { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Engine = await DemoSite.StartAsync();
        var roots = await Engine.Content.GetChildrenAsync(ContentItem.RootId);
        var all = new List<ContentItem>(roots);
        foreach (var root in roots)
        {
            all.AddRange(await Engine.Content.GetDescendantsAsync(root));
        }
        Documents = all;
    }

    public async Task DisposeAsync() => await Engine.DisposeAsync();

    public ContentItem Document(string key) => Documents.Single(d => d.Key == Guid.Parse(key));

    /// <summary>A stored value's JSON, for checking the shape Umbraco stores.</summary>
    public JsonElement Stored(string key, string alias, string? culture = null) =>
        Document(key).GetValue(alias, culture) ?? throw new InvalidOperationException($"{key} has no value for {alias}.");
}

/// <summary>The test classes that share one seeded site.</summary>
[CollectionDefinition(Name)]
public sealed class SeededSiteCollection : ICollectionFixture<SeededSiteFixture>
{
    public const string Name = "Seeded demo site";
}
