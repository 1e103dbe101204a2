using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Forms.Entries;

/// <summary>How many entries of one form are in one state.</summary>
public sealed record FormEntryCount(Guid FormKey, FormEntryState State, int Count);

/// <summary>Entry counts by form and state (no entry's content): what a list of forms and a "needs attention" dashboard show.</summary>
public interface IFormEntryCounts
{
    Task<IReadOnlyList<FormEntryCount>> ByFormAndStateAsync(CancellationToken cancellationToken = default);
}

internal sealed class FormEntryCounts(IDbContextFactory<SelfHelpDbContext> contexts) : IFormEntryCounts
{
    public async Task<IReadOnlyList<FormEntryCount>> ByFormAndStateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        return await db.FormEntries.AsNoTracking()
            .GroupBy(e => new { e.FormKey, e.State })
            .Select(g => new FormEntryCount(g.Key.FormKey, g.Key.State, g.Count()))
            .ToListAsync(cancellationToken);
    }
}
