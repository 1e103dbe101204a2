using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Content;
using SelfHelp.Core.Journal;
using SelfHelp.Core.Persistence;
using Umbraco.Cms.Core.Notifications;

namespace SelfHelp.Core.Forms.Definitions;

/// <summary>Reads and changes form definitions (Umbraco Forms' IFormService).</summary>
public interface IFormService
{
    Task<IReadOnlyList<FormDefinition>> GetAllAsync(CancellationToken cancellationToken = default);
    Task<FormDefinition?> GetAsync(Guid key, CancellationToken cancellationToken = default);

    /// <summary>The form named (aliased) <paramref name="name"/>, e.g. <c>volunteerSignUp</c>.</summary>
    Task<FormDefinition?> GetAsync(string name, CancellationToken cancellationToken = default);
    Task SaveAsync(FormDefinition form, CancellationToken cancellationToken = default);
    Task DeleteAsync(Guid key, CancellationToken cancellationToken = default);
}

/// <summary>After a form definition was created or changed.</summary>
public sealed record FormSavedNotification(FormDefinition Form) : INotification;

/// <summary>After a form definition was deleted.</summary>
public sealed record FormDeletedNotification(FormDefinition Form) : INotification;

internal sealed class FormService(IDbContextFactory<SelfHelpDbContext> contexts, ConfigurationCaches caches, ConfigurationWriter writer) : IFormService
{
    private readonly KeyedTableCache<FormDefinition> _cache = caches.For<FormDefinition>(JournalKind.Form);

    public async Task<IReadOnlyList<FormDefinition>> GetAllAsync(CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Values.OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ToList();

    public async Task<FormDefinition?> GetAsync(Guid key, CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).GetValueOrDefault(key);

    public async Task<FormDefinition?> GetAsync(string name, CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Values.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    public Task SaveAsync(FormDefinition form, CancellationToken cancellationToken = default) =>
        writer.WriteAsync(JournalKind.Form, [form.Key], async db =>
        {
            var row = await db.Forms.FirstOrDefaultAsync(f => f.Key == form.Key, cancellationToken);
            if (row is null)
            {
                row = new FormEntity { Key = form.Key, Name = form.Name, DefinitionJson = "{}" };
                db.Forms.Add(row);
            }
            row.Name = form.Name;
            row.DefinitionJson = JsonSerializer.Serialize(form, ContentJson.Options);
        }, [new FormSavedNotification(form)], cancellationToken);

    public async Task DeleteAsync(Guid key, CancellationToken cancellationToken = default)
    {
        var form = await GetAsync(key, cancellationToken);
        if (form is null)
        {
            return;
        }
        await writer.WriteAsync(JournalKind.Form, [key],
            db => db.Forms.Where(f => f.Key == key).ExecuteDeleteAsync(cancellationToken),
            [new FormDeletedNotification(form)], cancellationToken);
    }

    private Task<IReadOnlyDictionary<Guid, FormDefinition>> LoadAsync(CancellationToken cancellationToken) =>
        _cache.GetAsync(ReadAllAsync, cancellationToken);

    private async Task<IReadOnlyDictionary<Guid, FormDefinition>> ReadAllAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.Forms.AsNoTracking().ToListAsync(cancellationToken);
        var all = rows.ToDictionary(r => r.Key, r => JsonSerializer.Deserialize<FormDefinition>(r.DefinitionJson, ContentJson.Options)!);
        return all;
    }
}
