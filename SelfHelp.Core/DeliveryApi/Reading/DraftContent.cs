using SelfHelp.Core.Content;
using SelfHelp.Core.Languages;
using SelfHelp.Core.PublishedCache;
using Umbraco.Cms.Core.Strings;

namespace SelfHelp.Core.DeliveryApi.Reading;

/// <summary>
/// Drafts for preview, read through <see cref="IContentService"/> and shaped as published items, so the same
/// renderer and index serve them. A culture never published answers at Umbraco's preview route <c>/preview-{key}/</c>.
/// </summary>
public sealed class DraftContent(IContentService contents, ILanguageService languages, IShortStringHelper shortStrings)
{
    public const string PreviewPathPrefix = "/preview-";

    /// <summary>The draft of a document (not trashed), or null.</summary>
    public async Task<PublishedContent?> GetAsync(Guid key, PublishedSnapshot published, CancellationToken cancellationToken)
    {
        var item = await contents.GetAsync(key, cancellationToken);
        return item is null || item.Trashed ? null : View(item, await CulturesAsync(cancellationToken), published);
    }

    /// <summary>A snapshot of every document's draft (none trashed) beside the published media, for preview queries.</summary>
    public async Task<PublishedSnapshot> SnapshotAsync(PublishedSnapshot published, CancellationToken cancellationToken)
    {
        var cultures = await CulturesAsync(cancellationToken);
        var items = new List<PublishedContent>();
        foreach (var root in await contents.GetChildrenAsync(ContentItem.RootId, cancellationToken))
        {
            items.Add(View(root, cultures, published));
            items.AddRange((await contents.GetDescendantsAsync(root, cancellationToken)).Where(d => !d.Trashed).Select(d => View(d, cultures, published)));
        }
        items.AddRange(published.All.Where(m => m.ObjectType == NodeObjectType.Media));
        return PublishedSnapshot.Of(items.Where(i => i.Cultures.Count > 0).ToList(), published.Generation);
    }

    private async Task<IReadOnlyList<string>> CulturesAsync(CancellationToken cancellationToken) =>
        (await languages.GetAllAsync(cancellationToken)).Select(l => l.IsoCode).ToList();

    private PublishedContent View(ContentItem item, IReadOnlyList<string> cultures, PublishedSnapshot published)
    {
        var live = published.GetByKey(item.Key);
        var visible = new Dictionary<string, PublishedCultureContent>(StringComparer.OrdinalIgnoreCase);
        foreach (var culture in cultures)
        {
            if (item.Draft.GetName(item.VariesByCulture ? culture : ContentData.Invariant) is not { } name)
            {
                continue;
            }
            visible[culture] = live?.Cultures.GetValueOrDefault(culture) is { } liveCulture
                ? liveCulture with { Name = name }
                : new PublishedCultureContent(culture, name, shortStrings.CleanStringForUrlSegment(name), $"{PreviewPathPrefix}{item.Key:D}/", item.UpdateDate);
        }
        var node = new PublishedNode(item.Id, item.Key, NodeObjectType.Document, item.ContentTypeAlias, item.VariesByCulture, item.ParentId, item.Level,
            item.Path, item.SortOrder, item.CreateDate, item.UpdateDate, item.ConcurrencyStamp, item.Draft, item.PublishedCultures);
        return new PublishedContent(node, visible);
    }
}
