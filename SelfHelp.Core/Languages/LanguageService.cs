using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Notifications;
using SelfHelp.Core.Persistence;
using Umbraco.Cms.Core.Events;

namespace SelfHelp.Core.Languages;

/// <summary>Reads and changes the site's languages.</summary>
public interface ILanguageService
{
    Task<IReadOnlyList<Language>> GetAllAsync(CancellationToken cancellationToken = default);
    Task<Language?> GetAsync(string isoCode, CancellationToken cancellationToken = default);
    Task<Language> GetDefaultAsync(CancellationToken cancellationToken = default);
    Task SaveAsync(Language language, CancellationToken cancellationToken = default);
    Task DeleteAsync(string isoCode, CancellationToken cancellationToken = default);
}

internal sealed class LanguageService(IDbContextFactory<SelfHelpDbContext> contexts, IEventAggregator events) : ILanguageService
{
    private volatile IReadOnlyList<Language>? _cache;

    public async Task<IReadOnlyList<Language>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        if (_cache is { } cached)
        {
            return cached;
        }
        await using var db = contexts.CreateDbContext();
        var rows = await db.Languages.AsNoTracking().ToListAsync(cancellationToken);
        var languages = rows
            .Select(l => new Language(l.Key, l.IsoCode, l.Name, l.IsDefault, l.IsMandatory))
            .OrderByDescending(l => l.IsDefault).ThenBy(l => l.IsoCode, StringComparer.OrdinalIgnoreCase)
            .ToList();
        _cache = languages;
        return languages;
    }

    public async Task<Language?> GetAsync(string isoCode, CancellationToken cancellationToken = default) =>
        (await GetAllAsync(cancellationToken)).FirstOrDefault(l => string.Equals(l.IsoCode, isoCode, StringComparison.OrdinalIgnoreCase));

    public async Task<Language> GetDefaultAsync(CancellationToken cancellationToken = default) =>
        (await GetAllAsync(cancellationToken)).FirstOrDefault(l => l.IsDefault)
        ?? throw new InvalidOperationException("No default language is configured (uSync/v17/Languages).");

    public async Task SaveAsync(Language language, CancellationToken cancellationToken = default)
    {
        await using (var db = contexts.CreateDbContext())
        {
            var row = await db.Languages.FirstOrDefaultAsync(l => l.Key == language.Key, cancellationToken);
            if (row is null)
            {
                row = new LanguageEntity { Key = language.Key, IsoCode = language.IsoCode, Name = language.Name };
                db.Languages.Add(row);
            }
            if (language.IsDefault)
            {
                // One default only, as in Umbraco: making one the default demotes the others.
                await db.Languages.Where(l => l.Key != language.Key && l.IsDefault)
                    .ExecuteUpdateAsync(s => s.SetProperty(l => l.IsDefault, false), cancellationToken);
            }
            row.IsoCode = language.IsoCode;
            row.Name = language.Name;
            row.IsDefault = language.IsDefault;
            row.IsMandatory = language.IsMandatory;
            await db.SaveChangesAsync(cancellationToken);
        }
        _cache = null;
        await events.PublishAsync(new LanguageSavedNotification(language), cancellationToken);
    }

    public async Task DeleteAsync(string isoCode, CancellationToken cancellationToken = default)
    {
        var language = await GetAsync(isoCode, cancellationToken);
        if (language is null)
        {
            return;
        }
        await using (var db = contexts.CreateDbContext())
        {
            await db.Languages.Where(l => l.Key == language.Key).ExecuteDeleteAsync(cancellationToken);
        }
        _cache = null;
        await events.PublishAsync(new LanguageDeletedNotification(language), cancellationToken);
    }
}
