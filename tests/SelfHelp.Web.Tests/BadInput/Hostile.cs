using System.Text;
using CsCheck;

namespace SelfHelp.Web.Tests.BadInput;

/// <summary>Malformed, oversized, wrongly encoded and hostile values: a fixed list every run tries, and generators for more.</summary>
internal static class Hostile
{
    /// <summary>Values every run tries, in every place, before the generated ones.</summary>
    public static readonly string[] Fixed =
    [
        "", " ", "abc", "-1", "0", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "1e9", "NaN", "0x10",
        "null", "true", "[]", "{}", "{\"a\":", "'; DROP TABLE FormEntries;--", "\" OR 1=1 --", "<script>alert(1)</script>",
        "../../../../etc/passwd", "..\\..\\web.config", "{{7*7}}", "${jndi:ldap://x/a}", "%s%s%s%n", "\0", "\u202Eevil",
        "💥🧨", "自助組織", "properties[", "properties[$all", "properties[a[properties[b[properties[c]]]]]", "children:", ":::",
        "contentType:", "name:" + new string('x', 300), "startsAt>:not-a-date", "sort:sideways", "00000000-0000-0000-0000-000000000000",
        "\"unclosed", new string('a', 5_000), string.Concat(Enumerable.Repeat("[", 2_000)), "\uD800", "\uDFFF\uD800",
    ];

    /// <summary>Percent-encodings that are not valid UTF-8 or not valid percent-encoding at all, sent as they are.</summary>
    public static readonly string[] RawEncoded = ["%", "%%", "%ZZ", "%C3%28", "%FF%FE%FD", "%E4%BA", "%00", "%2e%2e%2f%2e%2e%2f", "a%0d%0aX-Injected:%201"];

    /// <summary>Any string at all, short or long, from the whole of UTF-16 (lone surrogates included).</summary>
    public static readonly Gen<string> Text = Gen.OneOf(Gen.String[0, 40], Gen.String[0, 2_000], Gen.OneOf(Fixed));

    /// <summary>A value as it goes into a URL: percent-encoded text, or a raw broken encoding.</summary>
    public static readonly Gen<string> UrlValue = Gen.Frequency((4, Text.Select(Encode)), (1, Gen.OneOf(RawEncoded)));

    /// <summary>A header value: header values cannot carry line breaks or controls, so these are kept out; anything else goes.</summary>
    public static readonly Gen<string> HeaderValue = Text.Select(v => new string(v.Where(c => c >= ' ' && c != '\u007f').Take(4_000).ToArray()));

    /// <summary>JSON bodies that are broken, of the wrong shape, or well formed with hostile values.</summary>
    public static readonly Gen<string> JsonBody = Gen.OneOf(
        Text,
        Text.Select(v => $"{{\"values\":{{\"name\":[{Json(v)}],\"email\":[{Json(v)}],\"message\":[{Json(v)}]}},\"contentId\":{Json(v)},\"culture\":{Json(v)}}}"),
        Text.Select(v => $"{{\"values\":{Json(v)}}}"),
        Text.Select(v => $"{{\"values\":{{{Json(v)}:{Json(v)}}}}}"),
        Gen.Int[1, 5_000].Select(depth => string.Concat(Enumerable.Repeat("{\"values\":", depth)) + "1" + new string('}', depth)),
        Gen.OneOf("{}", "null", "[]", "{\"values\":null}", "{\"values\":[]}", "{\"values\":{\"email\":null}}", "{\"email\":null,\"password\":null}", "{\"password\":\"x\"}", "\"\"", "{\"values\":{\"name\":[1,2,{}]}}"));

    public static string Encode(string value)
    {
        // Encoding the UTF-8 bytes by hand: Uri.EscapeDataString refuses lone surrogates, which are exactly what to try.
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            builder.Append(char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~' ? ((char)b).ToString() : $"%{b:X2}");
        }
        return builder.ToString();
    }

    private static string Json(string value) => System.Text.Json.JsonSerializer.Serialize(value);
}
