using System.Text;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Entries;

namespace SelfHelp.Web.Forms.Staff;

/// <summary>An entry as the staff API shows it: values of sensitive fields only for staff allowed to see them (the rest are named as withheld).</summary>
public sealed record EntryView(
    Guid Id, string Form, FormEntryState State, string Culture, Guid? ContentId, DateTime CreatedUtc, string? StateChangedBy, DateTime? StateChangedUtc,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Values, IReadOnlyList<string> Withheld, IReadOnlyList<FormEntryFile> Files)
{
    public static EntryView From(FormEntry entry, FormDefinition form, bool sensitive)
    {
        bool Hidden(string alias) => !sensitive && form.FindField(alias) is { ContainsSensitiveData: true };
        return new EntryView(entry.Id, entry.FormName, entry.State, entry.Culture, entry.ContentKey, entry.CreatedUtc, entry.StateChangedBy, entry.StateChangedUtc,
            entry.Values.Where(v => !Hidden(v.Key)).ToDictionary(v => v.Key, v => v.Value),
            entry.Values.Keys.Where(Hidden).ToList(),
            entry.Files.Where(f => !Hidden(f.FieldAlias)).ToList());
    }
}

/// <summary>Entries as CSV for a spreadsheet: one column per field, sensitive ones only when allowed, and cells that could run as formulas neutralised.</summary>
public static class EntryCsv
{
    public static string Write(FormDefinition form, IEnumerable<FormEntry> entries, bool sensitive)
    {
        var fields = form.AllFields.Where(f => FormFieldTypes.Find(f.FieldTypeId) is { StoresValue: true } && (sensitive || !f.ContainsSensitiveData)).ToList();
        var csv = new StringBuilder();
        Row(csv, ["id", "createdUtc", "state", "culture", .. fields.Select(f => f.Alias)]);
        foreach (var entry in entries)
        {
            Row(csv, [entry.Id.ToString(), entry.CreatedUtc.ToString("O"), entry.State.ToString(), entry.Culture,
                .. fields.Select(f => string.Join("; ", entry.Values.GetValueOrDefault(f.Alias) ?? []))]);
        }
        return csv.ToString();
    }

    private static void Row(StringBuilder csv, IEnumerable<string> cells) =>
        csv.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");

    private static string Cell(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0]))
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
