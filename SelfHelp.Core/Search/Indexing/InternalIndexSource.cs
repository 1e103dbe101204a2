using SelfHelp.Core.Content.Nodes;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Languages;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Search.Indexing;

/// <summary>
/// InternalIndex reads storage: every document and media item, drafts as they are, with their publish state per
/// culture (<c>__Published_{culture}</c>), items in the recycle bin flagged <c>__Trashed</c>, for staff searches.
/// </summary>
internal sealed class InternalIndexSource(
    IDbContextFactory<SelfHelpDbContext> contexts,
    IContentTypeService contentTypes,
    ILanguageService languages) : IIndexSource
{
    private const int PageSize = 1000;

    public string IndexName => IndexNames.Internal;

    public async Task<IReadOnlyList<IndexItem>> GetAsync(IReadOnlyDictionary<int, bool> nodeIds, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var ids = nodeIds.Keys.ToList();
        var rows = await db.Nodes.AsNoTracking().Where(n => ids.Contains(n.Id)).ToListAsync(cancellationToken);
        foreach (var parent in rows.Where(r => nodeIds[r.Id]).ToList())
        {
            var prefix = parent.Path + ",";
            rows.AddRange(await db.Nodes.AsNoTracking().Where(n => n.Path.StartsWith(prefix)).ToListAsync(cancellationToken));
        }
        var context = await ContextAsync(cancellationToken);
        return rows.DistinctBy(r => r.Id).Select(r => ToItem(r, context)).OfType<IndexItem>().ToList();
    }

    public async IAsyncEnumerable<IndexItem> GetAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var context = await ContextAsync(cancellationToken);
        var after = int.MinValue;
        while (true)
        {
            List<NodeEntity> page;
            await using (var db = contexts.CreateDbContext())
            {
                var from = after;
                page = await db.Nodes.AsNoTracking().Where(n => n.Id > from).OrderBy(n => n.Id).Take(PageSize).ToListAsync(cancellationToken);
            }
            foreach (var row in page)
            {
                if (ToItem(row, context) is { } item)
                {
                    yield return item;
                }
            }
            if (page.Count < PageSize)
            {
                yield break;
            }
            after = page[^1].Id;
        }
    }

    private static IndexItem? ToItem(NodeEntity row, SourceContext context)
    {
        if (!context.Types.TryGetValue(row.ContentTypeAlias, out var type))
        {
            return null;
        }
        var item = NodeMapper.ToItem(row, type);
        var cultures = Cultures(item, context.Cultures);
        return cultures.Count == 0
            ? null
            : new IndexItem(item.Id, item.Key, item.ObjectType, type, item.ParentId, item.Level, item.Path, item.SortOrder,
                item.CreateDate, item.UpdateDate, item.Trashed, item.Draft, cultures, type.Properties);
    }

    /// <summary>A varying document is indexed in each culture its draft has a name in; anything else in every culture.</summary>
    private static List<IndexCulture> Cultures(ContentItem item, IReadOnlyList<string> cultures)
    {
        var list = new List<IndexCulture>(cultures.Count);
        var isMedia = item.ObjectType == NodeObjectType.Media;
        var varies = item.VariesByCulture && !isMedia;
        foreach (var culture in cultures)
        {
            var stored = varies ? culture : ContentData.Invariant;
            if (item.Draft.GetName(stored) is not { } name)
            {
                continue;
            }
            var published = item.PublishedCultures.GetValueOrDefault(stored);
            list.Add(new IndexCulture(culture, name, published?.UrlSegment, isMedia || published is not null, item.UpdateDate));
        }
        return list;
    }

    private async Task<SourceContext> ContextAsync(CancellationToken cancellationToken)
    {
        var types = (await contentTypes.GetAllAsync(cancellationToken)).ToDictionary(t => t.Alias, StringComparer.OrdinalIgnoreCase);
        var cultures = (await languages.GetAllAsync(cancellationToken)).Select(l => l.IsoCode).ToList();
        return new SourceContext(types, cultures);
    }

    private sealed record SourceContext(IReadOnlyDictionary<string, ContentType> Types, IReadOnlyList<string> Cultures);
}
