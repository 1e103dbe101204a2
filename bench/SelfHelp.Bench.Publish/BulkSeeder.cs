using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Content;
using SelfHelp.Core.Content.Nodes;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Bench.Publish;

/// <summary>
/// Grows the demo site to the requested size by copying its published leaf documents (groups, stories,
/// workshops, glossary terms, ...) under their own parents, written straight into the engine's node table in
/// batches. Publishing 100,000 items one by one through IContentService refreshes the published cache and the
/// search index each time and would take hours; the copies are rows like any other, which the next start loads.
/// </summary>
internal static class BulkSeeder
{
    private const int Batch = 5_000;

    /// <summary>Fills the site up to <paramref name="size"/> documents; returns the keys of the copied self-help groups, the items the benchmark publishes.</summary>
    public static async Task<List<Guid>> FillAsync(IServiceProvider services, int size)
    {
        var watch = Stopwatch.StartNew();
        var contexts = services.GetRequiredService<IDbContextFactory<SelfHelpDbContext>>();
        await using var db = contexts.CreateDbContext();
        var live = db.Nodes.AsNoTracking().Where(n => n.ObjectType == NodeObjectType.Document && !n.Trashed && n.PublishedJson != null);
        var existing = await live.CountAsync();
        var parentIds = await db.Nodes.Select(n => n.ParentId).Distinct().ToListAsync();
        var templates = await live.Where(n => n.ParentId != ContentItem.RootId && !parentIds.Contains(n.Id)).OrderBy(n => n.Id).ToListAsync();
        var templateParents = templates.Select(t => t.ParentId).Distinct().ToList();
        var parents = await db.Nodes.AsNoTracking().Where(n => templateParents.Contains(n.Id)).ToDictionaryAsync(n => n.Id);
        var sortOrders = await db.Nodes.Where(n => templateParents.Contains(n.ParentId)).GroupBy(n => n.ParentId)
            .ToDictionaryAsync(g => g.Key, g => g.Max(n => n.SortOrder));
        var nextId = await db.Nodes.MaxAsync(n => n.Id) + 1;
        var now = DateTime.UtcNow;
        var groups = new List<Guid>();
        for (var i = 0; i < size - existing; i++)
        {
            var template = templates[i % templates.Count];
            var parent = parents[template.ParentId];
            var id = nextId++;
            var cultures = JsonSerializer.Deserialize<Dictionary<string, PublishedCultureInfo>>(template.PublishedCulturesJson, ContentJson.Options)!
                .ToDictionary(c => c.Key, c => c.Value with { UrlSegment = $"{c.Value.UrlSegment}-{id}" });
            var copy = new NodeEntity
            {
                Id = id, Key = Guid.NewGuid(), ObjectType = NodeObjectType.Document, ContentTypeAlias = template.ContentTypeAlias,
                ParentId = parent.Id, Level = parent.Level + 1, Path = $"{parent.Path},{id}", SortOrder = sortOrders[parent.Id] = sortOrders[parent.Id] + 1,
                CreateDate = now, UpdateDate = now, DraftJson = template.DraftJson, PublishedJson = template.PublishedJson,
                PublishedCulturesJson = JsonSerializer.Serialize(cultures, ContentJson.Options), ConcurrencyStamp = 1,
            };
            db.Nodes.Add(copy);
            if (copy.ContentTypeAlias == "selfHelpGroup")
            {
                groups.Add(copy.Key);
            }
            if ((i + 1) % Batch == 0)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
        await db.SaveChangesAsync();
        Console.WriteLine($"  {existing:N0} demo documents copied up to {Math.Max(size, existing):N0} in {watch.Elapsed.TotalSeconds:F1} s ({templates.Count} templates).");
        return groups;
    }
}
