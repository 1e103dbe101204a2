using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace SelfHelp.Core.Content;

/// <summary>The one JSON configuration for stored content, so values round-trip the same everywhere.</summary>
public static class ContentJson
{
    /// <summary>camelCase, and Chinese written as itself rather than escaped, so stored documents stay readable.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
