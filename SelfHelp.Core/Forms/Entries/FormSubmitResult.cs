namespace SelfHelp.Core.Forms.Entries;

/// <summary>How a submission ended, mapped to HTTP in one place by each channel.</summary>
public enum FormSubmitStatus
{
    /// <summary>Stored (or, for a tripped honeypot, deliberately not stored while the visitor is thanked).</summary>
    Accepted,
    Invalid,
    NotFound,
}

/// <summary>
/// The outcome of a submission: the stored entry's id, or the problems per field alias in the visitor's language;
/// and what to show after success.
/// </summary>
public sealed record FormSubmitResult(
    FormSubmitStatus Status,
    Guid? EntryId,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Errors,
    string MessageOnSubmit = "",
    bool MessageOnSubmitIsHtml = false,
    Guid? GoToPageOnSubmit = null)
{
    public static FormSubmitResult NotFound() => new(FormSubmitStatus.NotFound, null, new Dictionary<string, IReadOnlyList<string>>());
}
