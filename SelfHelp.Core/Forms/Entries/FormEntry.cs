namespace SelfHelp.Core.Forms.Entries;

/// <summary>A stored submission of a form (Umbraco Forms' Record): values by field alias, state, and who changed it.</summary>
public sealed record FormEntry(
    Guid Id,
    Guid FormKey,
    string FormName,
    FormEntryState State,
    string Culture,
    Guid? ContentKey,
    DateTime CreatedUtc,
    DateTime UpdatedUtc,
    string? StateChangedBy,
    DateTime? StateChangedUtc,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Values,
    IReadOnlyList<FormEntryFile> Files,
    string? IpAddress);

/// <summary>A file uploaded with an entry; its bytes are in the private store, served to staff only.</summary>
public sealed record FormEntryFile(Guid Id, string FieldAlias, string FileName, string ContentType, long Length);
