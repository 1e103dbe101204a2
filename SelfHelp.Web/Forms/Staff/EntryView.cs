using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Forms.Records;

namespace SelfHelp.Web.Forms.Staff;

/// <summary>An entry as the staff API shows it: values of sensitive fields only for staff allowed to see them (the rest are named as withheld).</summary>
public sealed record EntryView(
    Guid Id, string Form, FormEntryState State, string Culture, Guid? ContentId, DateTime CreatedUtc, string? StateChangedBy, DateTime? StateChangedUtc,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Values, IReadOnlyList<string> Withheld, IReadOnlyList<FormEntryFile> Files)
{
    public static EntryView From(FormEntry entry, FormDefinition form, bool sensitive)
    {
        var (shown, withheld) = SensitiveData.Mask(entry, form, sensitive);
        return new EntryView(entry.Id, entry.FormName, entry.State, entry.Culture, entry.ContentKey, entry.CreatedUtc, entry.StateChangedBy, entry.StateChangedUtc,
            shown.Values, withheld, shown.Files);
    }
}

/// <summary>Entries as CSV for a spreadsheet, written row by row as they are read: one column per field, sensitive ones only when allowed, and cells that could run as formulas neutralised.</summary>
public static class EntryCsv
{
    public static async Task WriteAsync(TextWriter csv, FormDefinition form, IAsyncEnumerable<FormEntry> entries, bool sensitive, CancellationToken cancellationToken)
    {
        var fields = form.AllFields.Where(f => FormFieldTypes.Find(f.FieldTypeId) is { StoresValue: true } && (sensitive || !SensitiveData.IsSensitive(form, f.Alias))).ToList();
        await RowAsync(csv, ["id", "createdUtc", "state", "culture", .. fields.Select(f => f.Alias)]);
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            await RowAsync(csv, [entry.Id.ToString(), entry.CreatedUtc.ToString("O"), entry.State.ToString(), entry.Culture,
                .. fields.Select(f => string.Join("; ", entry.Values.GetValueOrDefault(f.Alias) ?? []))]);
        }
    }

    private static Task RowAsync(TextWriter csv, IEnumerable<string> cells) => csv.WriteAsync(string.Join(',', cells.Select(Cell)) + "\r\n");

    private static string Cell(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0]))
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
