using System.IO.Compression;

namespace SelfHelp.Core.Forms.Validation;

/// <summary>
/// Recognises a file by its content (magic bytes, and for Office files the parts inside the zip), never by its name:
/// a renamed program is still a program. Only the types listed here can be allowed on an upload field.
/// </summary>
public static class FileSignatures
{
    /// <summary>The extensions an upload field may allow, each with the content type served to staff.</summary>
    public static IReadOnlyDictionary<string, string> ContentTypes { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["pdf"] = "application/pdf",
        ["png"] = "image/png",
        ["jpg"] = "image/jpeg",
        ["jpeg"] = "image/jpeg",
        ["gif"] = "image/gif",
        ["webp"] = "image/webp",
        ["docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["txt"] = "text/plain",
    };

    /// <summary>What the bytes are ("pdf", "jpg", ...), or null when they are none of the known types.</summary>
    public static string? Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("%PDF-"u8))
        {
            return "pdf";
        }
        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "png";
        }
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "jpg";
        }
        if (content.StartsWith("GIF87a"u8) || content.StartsWith("GIF89a"u8))
        {
            return "gif";
        }
        if (content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        {
            return "webp";
        }
        if (content.StartsWith("PK\u0003\u0004"u8))
        {
            return IsWordDocument(content) ? "docx" : null;
        }
        return IsPlainText(content) ? "txt" : null;
    }

    /// <summary>True when the detected type is what the extension claims (jpg and jpeg are the same type).</summary>
    public static bool Matches(string extension, string detected) =>
        string.Equals(Normalise(extension), Normalise(detected), StringComparison.OrdinalIgnoreCase);

    private static string Normalise(string extension) => extension.TrimStart('.').ToLowerInvariant() is "jpeg" ? "jpg" : extension.TrimStart('.').ToLowerInvariant();

    private static bool IsWordDocument(ReadOnlySpan<byte> content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content.ToArray()), ZipArchiveMode.Read);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.Entries.Any(e => e.FullName.StartsWith("word/", StringComparison.Ordinal));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    // Text is valid UTF-8 without control characters other than tab and line breaks (a program is neither).
    private static bool IsPlainText(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty || !System.Text.Unicode.Utf8.IsValid(content))
        {
            return false;
        }
        foreach (var b in content)
        {
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D))
            {
                return false;
            }
        }
        return true;
    }
}
