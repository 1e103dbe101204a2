using System.Reflection;
using System.Text.Json;
using SelfHelp.Core.Content;

namespace SelfHelp.Core.DemoContent;

/// <summary>One demo document, flattened out of the data files with its parent's key.</summary>
/// <param name="Publish">The cultures to publish: all named cultures when the file says nothing, none for a draft.</param>
/// <param name="Values">Property values as the data files write them: culture objects for varying properties.</param>
internal sealed record DemoItem(
    Guid Key,
    Guid? ParentKey,
    string Type,
    IReadOnlyDictionary<string, string> Names,
    IReadOnlyList<string> Publish,
    IReadOnlyDictionary<string, JsonElement> Values,
    string? Note)
{
    public bool IsDraft => Publish.Count == 0;
}

/// <summary>
/// Reads the demo content shipped inside the assembly: JSON files under <c>DemoContent/Data</c>, each a subtree
/// (home &gt; sections &gt; items) hung under a parent named by key, read in file-name order so parents come first.
/// </summary>
internal static class DemoContentData
{
    private const string ResourcePrefix = "SelfHelp.DemoContent.";

    private static readonly JsonSerializerOptions Json = new(ContentJson.Options)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly Lazy<IReadOnlyList<DemoItem>> Items = new(Load);

    /// <summary>Every demo item, parents before their children, in the order they should be created.</summary>
    public static IReadOnlyList<DemoItem> All => Items.Value;

    private static IReadOnlyList<DemoItem> Load()
    {
        var assembly = typeof(DemoContentData).Assembly;
        var items = new List<DemoItem>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var file = Read(assembly, name);
            Flatten(file.Items, file.Parent, items);
        }
        var duplicate = items.GroupBy(i => i.Key).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Demo content uses the key {duplicate.Key} more than once.");
        }
        return items;
    }

    private static DemoFile Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        return JsonSerializer.Deserialize<DemoFile>(stream, Json)
            ?? throw new InvalidOperationException($"The demo content file {resource} is empty.");
    }

    private static void Flatten(IEnumerable<DemoNode> nodes, Guid? parentKey, List<DemoItem> into)
    {
        foreach (var node in nodes)
        {
            var publish = node.Publish ?? node.Names.Keys.ToList();
            into.Add(new DemoItem(node.Key, parentKey, node.Type, node.Names, publish, node.Values, node.Note));
            Flatten(node.Children, node.Key, into);
        }
    }

    private sealed class DemoFile
    {
        public string? Note { get; init; }
        public Guid? Parent { get; init; }
        public List<DemoNode> Items { get; init; } = [];
    }

    private sealed class DemoNode
    {
        public required Guid Key { get; init; }
        public required string Type { get; init; }
        public required Dictionary<string, string> Names { get; init; }

        /// <summary>Cultures to publish; absent means every named culture, empty means save as a draft only.</summary>
        public List<string>? Publish { get; init; }

        /// <summary>Why the item is unusual (a draft, one culture only, embargoed): for people reading the data.</summary>
        public string? Note { get; init; }
        public Dictionary<string, JsonElement> Values { get; init; } = [];
        public List<DemoNode> Children { get; init; } = [];
    }
}
