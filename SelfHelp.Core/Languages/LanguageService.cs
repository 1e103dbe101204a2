using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Journal;
using SelfHelp.Core.Notifications;
using SelfHelp.Core.Persistence;

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

internal sealed class LanguageService(IDbContextFactory<SelfHelpDbContext> contexts, ConfigurationCaches caches, ConfigurationWriter writer) : ILanguageService
{
    private readonly KeyedTableCache<Language> _cache = caches.For<Language>(JournalKind.Language);

    public async Task<IReadOnlyList<Language>> GetAllAsync(CancellationToken cancellationToken = default) =>
        (await _cache.GetAsync(ReadAllAsync, cancellationToken)).Values
            .OrderByDescending(l => l.IsDefault).ThenBy(l => l.IsoCode, StringComparer.OrdinalIgnoreCase)
            .ToList();

    public async Task<Language?> GetAsync(string isoCode, CancellationToken cancellationToken = default) =>
        (await GetAllAsync(cancellationToken)).FirstOrDefault(l => string.Equals(l.IsoCode, isoCode, StringComparison.OrdinalIgnoreCase));

    public async Task<Language> GetDefaultAsync(CancellationToken cancellationToken = default) =>
        (await GetAllAsync(cancellationToken)).FirstOrDefault(l => l.IsDefault)
        ?? throw new InvalidOperationException("No default language is configured (uSync/v17/Languages).");

    public Task SaveAsync(Language language, CancellationToken cancellationToken = default) =>
        writer.WriteAsync(JournalKind.Language, [language.Key], async db =>
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
        }, [new LanguageSavedNotification(language)], cancellationToken);

    public async Task DeleteAsync(string isoCode, CancellationToken cancellationToken = default)
    {
        var language = await GetAsync(isoCode, cancellationToken);
        if (language is null)
        {
            return;
        }
        await writer.WriteAsync(JournalKind.Language, [language.Key],
            db => db.Languages.Where(l => l.Key == language.Key).ExecuteDeleteAsync(cancellationToken),
            [new LanguageDeletedNotification(language)], cancellationToken);
    }

    private async Task<IReadOnlyDictionary<Guid, Language>> ReadAllAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.Languages.AsNoTracking().ToListAsync(cancellationToken);
        return rows.ToDictionary(l => l.Key, l => new Language(l.Key, l.IsoCode, l.Name, l.IsDefault, l.IsMandatory));
    }
}
