using System.Text.RegularExpressions;

namespace SelfHelp.Core.Forms.Workflows;

/// <summary>
/// What may be kept of a workflow's error: SMTP servers and other libraries quote addresses and numbers in their
/// messages, so email addresses and phone numbers are replaced before the text reaches a job row, the audit trail or
/// a log. Ids (entry, job, workflow) say which person it was to those allowed to look.
/// </summary>
internal static partial class WorkflowErrorText
{
    [GeneratedRegex(@"[^\s<>()\[\]{}""',;:]+@[^\s<>()\[\]{}""',;:]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EmailAddress();

    // Eight or more digits, optionally with a country code and spaces, dots or dashes between them (Hong Kong numbers are
    // 8 digits), standing alone: not part of a GUID or another word.
    [GeneratedRegex(@"(?<![\w-])\+?\d(?:[\s.\-]?\d){7,}(?![\w-])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PhoneNumber();

    public static string Redact(string? message) =>
        string.IsNullOrEmpty(message) ? "" : PhoneNumber().Replace(EmailAddress().Replace(message, "[address]"), "[number]");

    /// <summary>An exception as one redacted line: its type and message, without the inner details that may quote personal data.</summary>
    public static string Describe(Exception exception) => $"{exception.GetType().Name}: {Redact(exception.Message)}";
}
