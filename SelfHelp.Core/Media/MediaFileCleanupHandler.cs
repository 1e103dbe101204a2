using SelfHelp.Core.Content.Nodes;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Notifications;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.PropertyEditors.ImageCropper;
using SelfHelp.Core.PropertyEditors.UploadField;
using Umbraco.Cms.Core.Events;
using static Umbraco.Cms.Core.Constants;

namespace SelfHelp.Core.Media;

/// <summary>
/// Deletes media files nobody uses any more: the old file when a media item is saved with a new one, and every file
/// of media items deleted for good. Trashed items keep their files, so a restore brings them back whole. A file still
/// named by another media item is left alone.
/// </summary>
internal sealed class MediaFileCleanupHandler(IDbContextFactory<SelfHelpDbContext> contexts, IContentTypeService contentTypes, IMediaFileStore store) :
    INotificationAsyncHandler<ContentSavingNotification>,
    INotificationAsyncHandler<ContentSavedNotification>,
    INotificationAsyncHandler<ContentDeletedNotification>
{
    private const string StateKey = "SelfHelp.Media.FilesBeforeSave";

    public async Task HandleAsync(ContentSavingNotification notification, CancellationToken cancellationToken)
    {
        var ids = notification.Items.Where(i => i.ObjectType == NodeObjectType.Media && i.Id != 0).Select(i => i.Id).ToList();
        if (ids.Count == 0)
        {
            return;
        }
        await using var db = contexts.CreateDbContext();
        var stored = await db.Nodes.AsNoTracking().Where(n => ids.Contains(n.Id))
            .Select(n => new { n.Id, n.ContentTypeAlias, n.DraftJson }).ToListAsync(cancellationToken);
        var before = new Dictionary<int, IReadOnlyList<string>>();
        foreach (var row in stored)
        {
            before[row.Id] = await FileUrlsAsync(row.ContentTypeAlias, NodeMapper.ReadData(row.DraftJson), cancellationToken);
        }
        notification.State[StateKey] = before;
    }

    public async Task HandleAsync(ContentSavedNotification notification, CancellationToken cancellationToken)
    {
        if (!notification.State.TryGetValue(StateKey, out var state) || state is not Dictionary<int, IReadOnlyList<string>> before)
        {
            return;
        }
        foreach (var item in notification.Items.Where(i => before.ContainsKey(i.Id)))
        {
            var now = await FileUrlsAsync(item.ContentTypeAlias, item.Draft, cancellationToken);
            await DeleteUnusedAsync(before[item.Id].Except(now, StringComparer.OrdinalIgnoreCase), cancellationToken);
        }
    }

    public async Task HandleAsync(ContentDeletedNotification notification, CancellationToken cancellationToken)
    {
        foreach (var item in notification.Items.Where(i => i.ObjectType == NodeObjectType.Media))
        {
            await DeleteUnusedAsync(await FileUrlsAsync(item.ContentTypeAlias, item.Draft, cancellationToken), cancellationToken);
        }
    }

    /// <summary>The URLs held by the item's upload and image cropper properties, in every culture.</summary>
    private async Task<IReadOnlyList<string>> FileUrlsAsync(string contentTypeAlias, ContentData data, CancellationToken cancellationToken)
    {
        if (await contentTypes.GetAsync(contentTypeAlias, cancellationToken) is not { } type)
        {
            return [];
        }
        return type.Properties
            .Where(p => p.EditorAlias is UploadFieldPropertyEditor.EditorAlias or ImageCropperPropertyEditor.EditorAlias)
            .SelectMany(p => data.Properties.GetValueOrDefault(p.Alias)?.Values ?? Enumerable.Empty<JsonElement>())
            .Select(v => ImageCropperValue.From(v)?.Src)
            .OfType<string>()
            .Where(src => src.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private async Task DeleteUnusedAsync(IEnumerable<string> urls, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        foreach (var url in urls)
        {
            if (!store.TryGetPath(url, out var path))
            {
                continue;
            }
            var stored = JsonSerializer.Serialize(url, ContentJson.Options)[1..^1];
            if (!await db.Nodes.AnyAsync(n => n.ObjectType == NodeObjectType.Media && n.DraftJson.Contains(stored), cancellationToken))
            {
                await store.DeleteAsync(path, cancellationToken);
            }
        }
    }
}
