using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.Startup;

namespace SelfHelp.Core.Forms.Entries;

/// <summary>
/// At start-up, after the forms are imported, indexes entries stored before identifiers and search text existed, or
/// whose search text was cleared to be rebuilt (it is empty), so a person's data is found completely from the first
/// request on.
/// </summary>
internal sealed class PersonalDataIndexStep(IDbContextFactory<SelfHelpDbContext> contexts, IFormService forms) : IStartupStep
{
    public int Order => StartupOrder.USyncImport + 50;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var definitions = (await forms.GetAllAsync(cancellationToken)).ToDictionary(f => f.Key);
        var done = new HashSet<Guid>();
        while (true)
        {
            await using var db = contexts.CreateDbContext();
            var batch = await db.FormEntries.Where(e => e.SearchText == "" && !done.Contains(e.Id)).OrderBy(e => e.Id).Take(500).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return;
            }
            foreach (var entry in batch)
            {
                var values = FormEntryReader.Values(entry.ValuesJson);
                entry.SearchText = PersonalIdentifiers.SearchText(definitions.GetValueOrDefault(entry.FormKey), values);
                if (definitions.TryGetValue(entry.FormKey, out var form))
                {
                    await db.PersonalIdentifiers.Where(i => i.EntryId == entry.Id).ExecuteDeleteAsync(cancellationToken);
                    db.PersonalIdentifiers.AddRange(PersonalIdentifiers.Of(form, entry.Id, values));
                }
                // An entry with no answers keeps an empty text; remembering it stops the loop from finding it again.
                done.Add(entry.Id);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
