using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Audit;
using SelfHelp.Core.Content.Nodes;
using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Journal;
using SelfHelp.Core.Languages;
using SelfHelp.Core.Notifications;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.Publishing;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Strings;

namespace SelfHelp.Core.Content;

/// <summary>Documents: the shared tree operations plus per-culture publishing, history and scheduling.</summary>
internal sealed partial class ContentService(
    IDbContextFactory<SelfHelpDbContext> contexts,
    IContentTypeService contentTypes,
    ILanguageService languages,
    ContentValidator validator,
    IShortStringHelper shortStrings,
    IEventAggregator events,
    TimeProvider clock,
    ChangeJournal journal,
    JournalApplier applier,
    NodeWriteLock writes)
    : NodeServiceBase(NodeObjectType.Document, contexts, contentTypes, validator, events, clock, journal, applier, writes), IContentService
{
    public async Task<OperationResult<ContentItem>> PublishAsync(ContentItem item, IReadOnlyList<string> cultures, string userName = "system", CancellationToken cancellationToken = default)
    {
        var type = await TypeOfAsync(item, cancellationToken);
        var publishing = await ResolveCulturesAsync(item, cultures, cancellationToken);
        if (publishing.Count == 0)
        {
            return new(OperationStatus.NotAllowed, item, [], "Name at least one culture to publish.");
        }
        var errors = await Validator.ValidateAsync(item, type, publishing, cancellationToken);
        if (errors.Count > 0)
        {
            return OperationResult<ContentItem>.From(OperationResult.Invalid(errors), item);
        }
        if (item.ParentId != ContentItem.RootId)
        {
            var parent = await GetAsync(item.ParentId, cancellationToken);
            var unpublished = publishing.Where(c => parent is null || !parent.IsPublished(parent.VariesByCulture ? NullIfInvariant(c) : null)).ToList();
            if (unpublished.Count > 0)
            {
                return new(OperationStatus.ParentNotPublished, item, [],
                    $"Publish the parent first: it is not published in {string.Join(", ", unpublished.Select(c => c.Length == 0 ? "any culture" : c))}.");
            }
        }

        var notifying = PublishingCultures(publishing);
        var publishingNotification = new ContentPublishingNotification([item], notifying);
        if (await Events.PublishCancelableAsync(publishingNotification))
        {
            return Cancelled(publishingNotification, item);
        }

        var before = (item.Published?.Clone(), new Dictionary<string, PublishedCultureInfo>(item.PublishedCultures, StringComparer.OrdinalIgnoreCase));
        var published = item.Published?.Clone() ?? new ContentData();
        var now = Now;
        foreach (var culture in publishing)
        {
            published.CopyCultureFrom(item.Draft, culture, includeInvariant: true);
            var segment = shortStrings.CleanStringForUrlSegment(item.Draft.GetName(culture)!);
            item.PublishedCultures[culture] = new PublishedCultureInfo(now, string.IsNullOrEmpty(segment) ? item.Key.ToString("N") : segment);
        }
        item.Published = published;

        var result = await WriteAsync(item, userName, ContentVersionKind.Published, publishing, "Publish", cancellationToken);
        if (!result.Succeeded)
        {
            (item.Published, item.PublishedCultures) = before;
            return result;
        }
        await Events.PublishAsync(new ContentSavedNotification([item]).WithStateFrom(publishingNotification), cancellationToken);
        await Events.PublishAsync(new ContentPublishedNotification([item], notifying).WithStateFrom(publishingNotification), cancellationToken);
        return result;
    }

    public async Task<OperationResult<ContentItem>> UnpublishAsync(int id, string? culture = null, string userName = "system", CancellationToken cancellationToken = default)
    {
        var item = await GetAsync(id, cancellationToken);
        if (item is null || item.Trashed)
        {
            return new(OperationStatus.NotFound, null, [], $"There is no item {id}.");
        }
        // As in Umbraco, taking the mandatory (or only) culture offline takes the whole item offline.
        var mandatory = culture is not null && (await languages.GetAsync(culture, cancellationToken))?.IsMandatory == true;
        var cultures = culture is null || !item.VariesByCulture || mandatory
            ? item.PublishedCultures.Keys.ToList()
            : item.PublishedCultures.Keys.Where(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase)).ToList();
        if (cultures.Count == 0)
        {
            return OperationResult<ContentItem>.Success(item);
        }
        var notifying = PublishingCultures(cultures);
        var unpublishing = new ContentUnpublishingNotification([item], notifying);
        if (await Events.PublishCancelableAsync(unpublishing))
        {
            return Cancelled(unpublishing, item);
        }
        foreach (var c in cultures)
        {
            item.PublishedCultures.Remove(c);
        }
        if (item.PublishedCultures.Count == 0)
        {
            item.Published = null;
        }
        var result = await WriteAsync(item, userName, ContentVersionKind.Unpublished, cultures, "Unpublish", cancellationToken);
        if (result.Succeeded)
        {
            await Events.PublishAsync(new ContentUnpublishedNotification([item], notifying).WithStateFrom(unpublishing), cancellationToken);
        }
        return result;
    }

    public async Task<IReadOnlyList<ContentVersionInfo>> GetVersionsAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = Contexts.CreateDbContext();
        var rows = await db.ContentVersions.AsNoTracking().Where(v => v.NodeId == id).OrderByDescending(v => v.Id).ToListAsync(cancellationToken);
        return rows.Select(v => new ContentVersionInfo(v.Id, v.NodeId, v.VersionDate, v.UserName, v.Kind,
            v.Cultures.Split(',', StringSplitOptions.RemoveEmptyEntries), NodeMapper.ReadData(v.DataJson))).ToList();
    }

    public async Task<ContentVersionInfo?> GetVersionAsync(int versionId, CancellationToken cancellationToken = default)
    {
        await using var db = Contexts.CreateDbContext();
        var v = await db.ContentVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == versionId, cancellationToken);
        return v is null ? null : new ContentVersionInfo(v.Id, v.NodeId, v.VersionDate, v.UserName, v.Kind,
            v.Cultures.Split(',', StringSplitOptions.RemoveEmptyEntries), NodeMapper.ReadData(v.DataJson));
    }

    public async Task<OperationResult<ContentItem>> RollbackAsync(int id, int versionId, string? culture = null, string userName = "system", CancellationToken cancellationToken = default)
    {
        var item = await GetAsync(id, cancellationToken);
        var version = (await GetVersionsAsync(id, cancellationToken)).FirstOrDefault(v => v.Id == versionId);
        if (item is null || version is null)
        {
            return new(OperationStatus.NotFound, item, [], $"Item {id} has no version {versionId}.");
        }
        if (culture is null || !item.VariesByCulture)
        {
            item.Draft = version.Data.Clone();
        }
        else
        {
            item.Draft.CopyCultureFrom(version.Data, culture, includeInvariant: false);
        }
        var type = await TypeOfAsync(item, cancellationToken);
        var errors = await Validator.ValidateAsync(item, type, [], cancellationToken);
        if (errors.Count > 0)
        {
            return OperationResult<ContentItem>.From(OperationResult.Invalid(errors), item);
        }
        var saving = new ContentSavingNotification([item]);
        if (await Events.PublishCancelableAsync(saving))
        {
            return Cancelled(saving, item);
        }
        var result = await WriteAsync(item, userName, ContentVersionKind.RolledBack, culture is null ? [] : [culture], "RollBack", cancellationToken);
        if (result.Succeeded)
        {
            await Events.PublishAsync(new ContentSavedNotification([item]).WithStateFrom(saving), cancellationToken);
        }
        return result;
    }

    public async Task<OperationResult> ScheduleAsync(int id, ScheduleAction action, DateTime dateUtc, string? culture = null, string userName = "system", CancellationToken cancellationToken = default)
    {
        if (await GetAsync(id, cancellationToken) is not { Trashed: false })
        {
            return OperationResult.Fail(OperationStatus.NotFound, $"There is no item {id} to schedule.");
        }
        if (dateUtc.ToUniversalTime() <= Now)
        {
            return OperationResult.Fail(OperationStatus.NotAllowed, "A schedule must be in the future.");
        }
        await LockedAsync(async db =>
        {
            db.Schedules.Add(new ScheduleEntity { NodeId = id, Culture = culture ?? "", Action = action, Date = dateUtc.ToUniversalTime(), UserName = userName });
            AuditService.Record(db, Now, userName, $"Schedule{action}", id, culture, dateUtc.ToUniversalTime().ToString("O"));
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return OperationResult.Success();
    }

    public async Task<IReadOnlyList<ContentSchedule>> GetSchedulesAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = Contexts.CreateDbContext();
        var rows = await db.Schedules.AsNoTracking().Where(s => s.NodeId == id).OrderBy(s => s.Date).ToListAsync(cancellationToken);
        return rows.Select(s => new ContentSchedule(s.Id, s.NodeId, NullIfInvariant(s.Culture), s.Action, s.Date)).ToList();
    }

    /// <summary>Maps the requested cultures onto the stored keys: "" for invariant items, every named culture for "*".</summary>
    private async Task<IReadOnlyList<string>> ResolveCulturesAsync(ContentItem item, IReadOnlyList<string> cultures, CancellationToken cancellationToken)
    {
        if (!item.VariesByCulture)
        {
            return [ContentData.Invariant];
        }
        var known = (await languages.GetAllAsync(cancellationToken)).Select(l => l.IsoCode).ToList();
        IEnumerable<string> wanted = cultures.Contains("*") ? item.Draft.Names.Keys : cultures;
        return known.Where(k => wanted.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList();
    }

    private static IReadOnlyList<string> PublishingCultures(IReadOnlyList<string> cultures) =>
        cultures.Where(c => c.Length > 0).ToList();

    private static string? NullIfInvariant(string culture) => culture.Length == 0 ? null : culture;
}
