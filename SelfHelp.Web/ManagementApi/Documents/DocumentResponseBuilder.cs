using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Publishing;
using SelfHelp.Web.ManagementApi.Common;

namespace SelfHelp.Web.ManagementApi.Documents;

/// <summary>
/// Builds the Management API's document models from engine items, as Umbraco's <c>DocumentPresentationFactory</c>
/// does: the variants (cultures with a name) with their state, the type with its icon, and, for the editor, the values.
/// </summary>
internal sealed class DocumentResponseBuilder(IContentTypeService contentTypes, IContentService content)
{
    private const string DefaultIcon = "icon-document";

    public async Task<IReadOnlyList<DocumentTreeItemResponseModel>> TreeItemsAsync(
        IReadOnlyList<ContentItem> items, Func<ContentItem, bool> noAccess, CancellationToken cancellationToken)
    {
        var withChildren = await content.GetIdsWithChildrenAsync(items.Select(i => i.Id).ToList(), cancellationToken: cancellationToken);
        var keys = await AncestorKeysAsync(items, cancellationToken);
        var models = new List<DocumentTreeItemResponseModel>(items.Count);
        foreach (var item in items)
        {
            var ancestors = DocumentAccess.PathIds(item.Path).Where(id => id != item.Id && keys.ContainsKey(id))
                .Select(id => new ReferenceByIdModel(keys[id])).ToList();
            models.Add(new DocumentTreeItemResponseModel(item.Key, Parent(item, keys), withChildren.Contains(item.Id), noAccess(item),
                item.Trashed, Utc(item.CreateDate), IsProtected: false, ancestors, await TypeAsync(item, cancellationToken), VariantItems(item), []));
        }
        return models;
    }

    public async Task<IReadOnlyList<DocumentItemResponseModel>> ItemsAsync(IReadOnlyList<ContentItem> items, CancellationToken cancellationToken)
    {
        var withChildren = await content.GetIdsWithChildrenAsync(items.Select(i => i.Id).ToList(), cancellationToken: cancellationToken);
        var keys = await AncestorKeysAsync(items, cancellationToken);
        var models = new List<DocumentItemResponseModel>(items.Count);
        foreach (var item in items)
        {
            models.Add(new DocumentItemResponseModel(item.Key, item.Trashed, IsProtected: false, Parent(item, keys), withChildren.Contains(item.Id),
                await TypeAsync(item, cancellationToken), VariantItems(item), []));
        }
        return models;
    }

    /// <summary>The draft as the editor opens it; values only for a user who may read them.</summary>
    public async Task<DocumentResponseModel> DocumentAsync(ContentItem item, bool withValues, CancellationToken cancellationToken)
    {
        var type = await contentTypes.GetAsync(item.ContentTypeAlias, cancellationToken);
        var schedules = await content.GetSchedulesAsync(item.Id, cancellationToken);
        var variants = Cultures(item, item.Draft).Select(culture => Variant(item, item.Draft, culture, schedules)).ToList();
        return new DocumentResponseModel(item.Key, withValues ? Values(item.Draft, type) : [], variants, Reference(type), Template: null, item.Trashed, []);
    }

    /// <summary>What is live, in the same shape (Umbraco's <c>PublishedDocumentResponseModel</c>); null when nothing is.</summary>
    public async Task<DocumentResponseModel?> PublishedAsync(ContentItem item, bool withValues, CancellationToken cancellationToken)
    {
        if (item.Published is not { } published || item.Trashed)
        {
            return null;
        }
        var type = await contentTypes.GetAsync(item.ContentTypeAlias, cancellationToken);
        var variants = Cultures(item, published).Where(c => item.IsPublished(c)).Select(culture => Variant(item, published, culture, [])).ToList();
        return new DocumentResponseModel(item.Key, withValues ? Values(published, type) : [], variants, Reference(type), Template: null, false, []);
    }

    public static DocumentVariantStateModel State(ContentItem item, string? culture)
    {
        if (item.Id == 0 || item.Draft.GetName(item.VariesByCulture ? culture : null) is null)
        {
            return DocumentVariantStateModel.NotCreated;
        }
        if (item.Trashed)
        {
            return DocumentVariantStateModel.Trashed;
        }
        if (!item.IsPublished(item.VariesByCulture ? culture : null))
        {
            return DocumentVariantStateModel.Draft;
        }
        return item.IsEdited(culture ?? ContentData.Invariant) ? DocumentVariantStateModel.PublishedPendingChanges : DocumentVariantStateModel.Published;
    }

    private static IReadOnlyList<DocumentVariantItemResponseModel> VariantItems(ContentItem item) =>
        Cultures(item, item.Draft).Select(c => new DocumentVariantItemResponseModel(item.Draft.GetName(c) ?? "", c, State(item, c), [])).ToList();

    private static DocumentVariantResponseModel Variant(ContentItem item, ContentData data, string? culture, IReadOnlyList<ContentSchedule> schedules)
    {
        var published = item.PublishedCultures.GetValueOrDefault(culture ?? ContentData.Invariant);
        DateTimeOffset? Next(ScheduleAction action) => schedules
            .Where(s => s.Action == action && (s.Culture is null || string.Equals(s.Culture, culture, StringComparison.OrdinalIgnoreCase)))
            .Select(s => (DateTimeOffset?)Utc(s.Date)).FirstOrDefault();
        return new DocumentVariantResponseModel(culture, Segment: null, data.GetName(culture) ?? "", Utc(item.CreateDate), Utc(item.UpdateDate),
            State(item, culture), published is null ? null : Utc(published.PublishDate), Next(ScheduleAction.Publish), Next(ScheduleAction.Unpublish), []);
    }

    /// <summary>The cultures the item has a name in (null alone for an invariant item), in a stable order.</summary>
    private static IEnumerable<string?> Cultures(ContentItem item, ContentData data) =>
        item.VariesByCulture ? data.Names.Keys.Where(k => k.Length > 0).Order(StringComparer.OrdinalIgnoreCase) : [null];

    private static IReadOnlyList<DocumentValueResponseModel> Values(ContentData data, ContentType? type) =>
        (type?.Properties ?? []).OrderBy(p => p.SortOrder)
            .SelectMany(p => (data.Properties.GetValueOrDefault(p.Alias) ?? []).OrderBy(v => v.Key, StringComparer.OrdinalIgnoreCase)
                .Select(v => new DocumentValueResponseModel(p.Alias, v.Key.Length == 0 ? null : v.Key, null, v.Value, p.EditorAlias)))
            .ToList();

    private async Task<DocumentTypeReferenceResponseModel> TypeAsync(ContentItem item, CancellationToken cancellationToken) =>
        Reference(await contentTypes.GetAsync(item.ContentTypeAlias, cancellationToken));

    private static DocumentTypeReferenceResponseModel Reference(ContentType? type) =>
        new(type?.Key ?? Guid.Empty, string.IsNullOrEmpty(type?.Icon) ? DefaultIcon : type.Icon, Collection: null);

    private static ReferenceByIdModel? Parent(ContentItem item, IReadOnlyDictionary<int, Guid> keys) =>
        keys.TryGetValue(item.ParentId, out var key) ? new ReferenceByIdModel(key) : null;

    /// <summary>The keys of every item on the items' paths, read at once.</summary>
    private async Task<IReadOnlyDictionary<int, Guid>> AncestorKeysAsync(IReadOnlyList<ContentItem> items, CancellationToken cancellationToken)
    {
        var ids = items.SelectMany(i => DocumentAccess.PathIds(i.Path)).Distinct().ToList();
        var known = items.ToDictionary(i => i.Id, i => i.Key);
        var missing = ids.Where(id => !known.ContainsKey(id)).ToList();
        foreach (var ancestor in missing.Count == 0 ? [] : await content.GetManyAsync(missing, cancellationToken))
        {
            known[ancestor.Id] = ancestor.Key;
        }
        return known;
    }

    private static DateTimeOffset Utc(DateTime date) => new(DateTime.SpecifyKind(date, DateTimeKind.Utc));
}
