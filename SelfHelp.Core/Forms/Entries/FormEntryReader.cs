using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Content;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Forms.Entries;

/// <summary>Turns stored entry rows into <see cref="FormEntry"/> models.</summary>
internal static class FormEntryReader
{
    public static async Task<FormEntry?> ReadAsync(SelfHelpDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var row = await db.FormEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (row is null)
        {
            return null;
        }
        var files = await db.FormEntryFiles.AsNoTracking().Where(f => f.EntryId == id).ToListAsync(cancellationToken);
        return ToModel(row, files);
    }

    public static FormEntry ToModel(FormEntryEntity row, IEnumerable<FormEntryFileEntity> files) => new(
        row.Id, row.FormKey, row.FormName, row.State, row.Culture, row.ContentKey, row.CreatedUtc, row.UpdatedUtc,
        row.StateChangedBy, row.StateChangedUtc, Values(row.ValuesJson),
        files.Select(f => new FormEntryFile(f.Id, f.FieldAlias, f.FileName, f.ContentType, f.Length)).ToList(), row.IpAddress);

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Values(string json) =>
        new Dictionary<string, IReadOnlyList<string>>(
            JsonSerializer.Deserialize<Dictionary<string, List<string>>>(json, ContentJson.Options)!
                .ToDictionary(v => v.Key, v => (IReadOnlyList<string>)v.Value), StringComparer.OrdinalIgnoreCase);
}
