using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Content;
using SelfHelp.Core.PublishedCache;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Strings;

namespace SelfHelp.Bench.Publish;

/// <summary>
/// In process, no storage: the published-snapshot update for one changed item against a full build of the same
/// site (which is what every publish cost before snapshots became incremental), on a bilingual tree of the given size.
/// </summary>
internal static class SnapshotCheck
{
    private const int Sections = 20;

    public static void Run(int items, int runs)
    {
        var builder = new PublishedSnapshotBuilder(new DefaultShortStringHelper(Options.Create(new RequestHandlerSettings())));
        string[] cultures = ["en-US", "zh-HK"];
        var nodes = Nodes(items);
        var tree = PublishedTree.Empty.With(nodes, []);

        var full = new List<double>();
        PublishedSnapshot snapshot = PublishedSnapshot.Empty;
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            snapshot = builder.Update(PublishedTree.Empty, tree, PublishedSnapshot.Empty, [.. tree.Nodes.Keys], cultures, i + 1).Snapshot;
            full.Add(watch.Elapsed.TotalMilliseconds);
        }

        var leaf = new List<double>();
        var random = new Random(items);
        for (var run = 0; run < runs; run++)
        {
            var node = nodes[Sections + 1 + random.Next(items - Sections - 1)];
            var changed = node with { Data = Named(node.Data.GetName("en-US") + " (edited)"), ConcurrencyStamp = node.ConcurrencyStamp + run + 1 };
            var watch = Stopwatch.StartNew();
            var next = tree.With([changed], []);
            snapshot = builder.Update(tree, next, snapshot, [changed.Id], cultures, snapshot.Generation + 1).Snapshot;
            leaf.Add(watch.Elapsed.TotalMilliseconds);
            tree = next;
        }

        // Renaming a section changes the route of every item below it: the cost follows the size of that subtree.
        var section = tree.Nodes[2];
        var renamed = section with { Data = Named("Renamed section"), PublishedCultures = Published(section.Id, "renamed") };
        var renameWatch = Stopwatch.StartNew();
        var renamedTree = tree.With([renamed], []);
        var afterRename = builder.Update(tree, renamedTree, snapshot, [renamed.Id], cultures, snapshot.Generation + 1);
        var renameMs = renameWatch.Elapsed.TotalMilliseconds;

        leaf.Sort();
        full.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{items:N0} items ({Sections} sections), load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}:"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  full build (every publish before): median {full[full.Count / 2]:F1} ms, min {full[0]:F1} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  one item changed, {runs} runs: median {leaf[leaf.Count / 2]:F3} ms, p95 {leaf[(int)Math.Ceiling(leaf.Count * 0.95) - 1]:F3} ms, min {leaf[0]:F3} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  a section renamed ({afterRename.Changes.Count:N0} items' routes changed): {renameMs:F1} ms"));
    }

    private static List<PublishedNode> Nodes(int items)
    {
        var date = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);
        var nodes = new List<PublishedNode> { Node(1, ContentItem.RootId, "-1,1", "home", date) };
        for (var s = 0; s < Sections; s++)
        {
            nodes.Add(Node(2 + s, 1, $"-1,1,{2 + s}", "section", date));
        }
        for (var id = Sections + 2; nodes.Count < items; id++)
        {
            var parent = 2 + id % Sections;
            nodes.Add(Node(id, parent, $"-1,1,{parent},{id}", "page", date));
        }
        return nodes;
    }

    private static PublishedNode Node(int id, int parentId, string path, string type, DateTime date) =>
        new(id, Guid.NewGuid(), NodeObjectType.Document, type, true, parentId, path.Count(c => c == ','), path, id, date, date, 1,
            Named($"Item {id}"), Published(id, $"item-{id}"));

    private static ContentData Named(string name)
    {
        var data = new ContentData();
        data.Names["en-US"] = name;
        data.Names["zh-HK"] = name + " 中文";
        data.SetValue("title", "en-US", JsonSerializer.SerializeToElement(name, ContentJson.Options));
        return data;
    }

    private static Dictionary<string, PublishedCultureInfo> Published(int id, string segment) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["en-US"] = new(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), segment),
        ["zh-HK"] = new(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), $"{segment}-zh"),
    };
}
