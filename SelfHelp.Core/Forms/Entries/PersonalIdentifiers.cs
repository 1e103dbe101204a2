using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Records;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Forms.Entries;

/// <summary>What kind of identifier a person is found by.</summary>
public enum PersonalIdentifierKind
{
    Email,
    Phone,
}

/// <summary>A person asking for their data (or its erasure), by email address or Hong Kong phone number as they give it.</summary>
public sealed record PersonalDataSubject(PersonalIdentifierKind Kind, string Value)
{
    /// <summary>The value as it is indexed, or null when it cannot be one (no '@' in an address, no digits in a number).</summary>
    public string? Normalised => PersonalIdentifiers.Normalise(Kind, Value);

    public static PersonalDataSubject ByEmail(string email) => new(PersonalIdentifierKind.Email, email);

    public static PersonalDataSubject ByPhone(string phone) => new(PersonalIdentifierKind.Phone, phone);
}

/// <summary>
/// Finds the identifiers in an entry's answers (fields whose <c>FieldType</c> setting is <c>email</c> or <c>tel</c>) and
/// normalises them so a lookup is an exact match: an address trimmed and lower-cased; a number as digits only, without
/// Hong Kong's country code (+852, 00852).
/// </summary>
internal static class PersonalIdentifiers
{
    public static string? Normalise(PersonalIdentifierKind kind, string value) => kind switch
    {
        PersonalIdentifierKind.Email => value.Trim() is { Length: > 2 and <= 320 } email && email.Contains('@') ? email.ToLowerInvariant() : null,
        _ => Phone(value),
    };

    /// <summary>The identifier rows of an entry, one per distinct value.</summary>
    public static IEnumerable<PersonalIdentifierEntity> Of(FormDefinition form, Guid entryId, IReadOnlyDictionary<string, IReadOnlyList<string>> values) =>
        values.SelectMany(v => form.FindField(v.Key)?.Setting("FieldType")?.ToLowerInvariant() switch
            {
                "email" => v.Value.Select(x => (Kind: PersonalIdentifierKind.Email, Value: Normalise(PersonalIdentifierKind.Email, x))),
                "tel" => v.Value.Select(x => (Kind: PersonalIdentifierKind.Phone, Value: Normalise(PersonalIdentifierKind.Phone, x))),
                _ => [],
            })
            .Where(i => i.Value is not null).Distinct()
            .Select(i => new PersonalIdentifierEntity { EntryId = entryId, Kind = i.Kind, Value = i.Value! });

    /// <summary>
    /// The answers as one lower-case text, unescaped, for staff search: only answers not marked sensitive, since staff
    /// without sensitive-data access search too and which entries match would tell them what a sensitive answer says.
    /// </summary>
    public static string SearchText(FormDefinition? form, IReadOnlyDictionary<string, IReadOnlyList<string>> values) =>
        form is null ? "" : string.Join('\n', values.Where(v => !SensitiveData.IsSensitive(form, v.Key)).SelectMany(v => v.Value)).ToLowerInvariant();

    private static string? Phone(string value)
    {
        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith("00852", StringComparison.Ordinal))
        {
            digits = digits[5..];
        }
        else if (digits.Length == 11 && digits.StartsWith("852", StringComparison.Ordinal))
        {
            digits = digits[3..];
        }
        return digits.Length is > 0 and <= 32 ? digits : null;
    }
}
