using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Journal;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.PublishedCache;
using Umbraco.Cms.Core.Events;

namespace SelfHelp.Core.Redirects;

/// <summary>An old URL of a live item and where it lives now.</summary>
public sealed record RedirectUrl(Guid Id, Guid ContentKey, string Culture, string OldRoute, DateTime CreateDate);

/// <summary>Umbraco's redirect URL management: old routes of renamed or moved items, answered with 301s.</summary>
public interface IRedirectUrlService
{
    /// <summary>The live item that used to answer this route in this culture, if any.</summary>
    Task<PublishedContent?> FindMovedAsync(string route, string culture, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<RedirectUrl>> GetForContentAsync(Guid contentKey, CancellationToken cancellationToken = default);

    /// <summary>Every redirect, newest first, paged; <paramref name="filter"/> keeps those whose old route contains it.</summary>
    Task<(int Total, IReadOnlyList<RedirectUrl> Items)> GetPageAsync(string? filter, int skip, int take, CancellationToken cancellationToken = default);

    Task<RedirectUrl?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Forgets a redirect, so its old route answers 404 again; false when there was none.</summary>
    Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}

internal sealed class RedirectUrlService(IDbContextFactory<SelfHelpDbContext> contexts, IPublishedContentCache cache, ChangeJournal journal, TimeProvider clock)
    : IRedirectUrlService, INotificationAsyncHandler<PublishedRoutesChangedNotification>
{
    public async Task<PublishedContent?> FindMovedAsync(string route, string culture, CancellationToken cancellationToken = default)
    {
        var normalised = PublishedSnapshot.NormaliseRoute(route);
        await using var db = contexts.CreateDbContext();
        var keys = await db.RedirectUrls.AsNoTracking()
            .Where(r => r.Url == normalised && r.Culture == culture)
            .OrderByDescending(r => r.CreateDate)
            .Select(r => r.ContentKey)
            .ToListAsync(cancellationToken);
        var snapshot = cache.Current;
        return keys.Select(snapshot.GetByKey).FirstOrDefault(c => c is not null && c.IsVisibleIn(culture));
    }

    public async Task<IReadOnlyList<RedirectUrl>> GetForContentAsync(Guid contentKey, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.RedirectUrls.AsNoTracking().Where(r => r.ContentKey == contentKey).OrderByDescending(r => r.CreateDate).ToListAsync(cancellationToken);
        return rows.Select(ToRedirect).ToList();
    }

    public async Task<(int Total, IReadOnlyList<RedirectUrl> Items)> GetPageAsync(string? filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var query = db.RedirectUrls.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter))
        {
            var text = filter.Trim();
            query = query.Where(r => r.Url.Contains(text));
        }
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(r => r.CreateDate).ThenBy(r => r.Url).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (total, rows.Select(ToRedirect).ToList());
    }

    public async Task<RedirectUrl?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var row = await db.RedirectUrls.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return row is null ? null : ToRedirect(row);
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await db.RedirectUrls.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (row is null)
        {
            return false;
        }
        db.RedirectUrls.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
        // Other nodes and caches learn of it from the journal, as they do of a recorded redirect.
        await journal.AppendAsync(db, JournalEntry.ForKeys(JournalKind.Redirect, [row.ContentKey]), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static RedirectUrl ToRedirect(RedirectUrlEntity r) => new(r.Id, r.ContentKey, r.Culture, r.Url, r.CreateDate);

    /// <summary>Records each route a live item left; a route it now answers again is no longer a redirect.</summary>
    public async Task HandleAsync(PublishedRoutesChangedNotification notification, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var change in notification.Changes)
        {
            await db.RedirectUrls
                .Where(r => r.Culture == change.Culture && (r.Url == change.OldRoute || r.Url == change.NewRoute))
                .ExecuteDeleteAsync(cancellationToken);
            db.RedirectUrls.Add(new RedirectUrlEntity
            {
                Id = Guid.NewGuid(),
                ContentKey = change.ContentKey,
                Culture = change.Culture,
                Url = change.OldRoute,
                CreateDate = now,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        // Appended, not awaited: this runs inside the applier, which reads the row on its next pass.
        await journal.AppendAsync(db, JournalEntry.ForKeys(JournalKind.Redirect, notification.Changes.Select(c => c.ContentKey).Distinct()), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
