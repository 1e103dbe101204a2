namespace SelfHelp.Core.Forms.Validation;

/// <summary>
/// A visitor's answers to a form, from a page post or the API: values by field alias, uploaded files, the page it was
/// sent from and the culture it was filled in.
/// </summary>
public sealed class FormSubmission
{
    public required Guid FormKey { get; init; }
    public string? Culture { get; init; }

    /// <summary>The page the form was on (a workshop, a group), which some workflows act on.</summary>
    public Guid? ContentKey { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Values { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlyDictionary<string, IReadOnlyList<UploadedFile>> Files { get; init; } = new Dictionary<string, IReadOnlyList<UploadedFile>>();

    /// <summary>True when the hidden honeypot field came back filled: a robot. Success is shown, nothing is kept.</summary>
    public bool HoneypotTripped { get; init; }

    /// <summary>The client's address; stored only when IP recording is turned on.</summary>
    public string? ClientAddress { get; init; }

    /// <summary>Where the submission came from, for logs ("page", "api").</summary>
    public string Channel { get; init; } = "page";
}

/// <summary>A file a visitor uploaded: the name their device gave it and its bytes (already limited in size by the request).</summary>
public sealed record UploadedFile(string FileName, byte[] Content);
