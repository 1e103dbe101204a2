using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.PublishedCache;

namespace SelfHelp.Core.Visibility;

/// <summary>
/// A story marked <c>anonymised</c> shows no names: the narrator's and interviewer's values are left out, and those
/// names and the ones staff list in <c>redactedNames</c> (one a line) are replaced by <see cref="Mark"/> in every
/// other value, text and rich text alike, in every culture.
/// </summary>
internal sealed class AnonymisedStoryRule : IPublicValueRule
{
    /// <summary>What a hidden name reads as: the editorial mark for something left out, the same in both languages.</summary>
    public const string Mark = "[…]";

    private static readonly string[] NameProperties = ["narratorName", "interviewer"];

    // A single letter ("Ms L") would blank out every word containing it; names shorter than this are only left out.
    private const int MinimumNameLength = 2;

    public void Apply(PublishedContent content, ContentType type, ContentData publicData)
    {
        if (type.Alias != "story" || content.GetValue("anonymised", "") is not { ValueKind: JsonValueKind.True })
        {
            return;
        }
        var names = NameProperties.Append("redactedNames")
            .SelectMany(alias => content.Node.Data.Properties.TryGetValue(alias, out var byCulture) ? byCulture.Values : Enumerable.Empty<JsonElement>())
            .Where(value => value.ValueKind == JsonValueKind.String)
            .SelectMany(value => value.GetString()!.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .SelectMany(name => new[] { name, System.Net.WebUtility.HtmlEncode(name) })
            .Where(name => name.Length >= MinimumNameLength)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(name => name.Length)
            .ToList();
        foreach (var alias in NameProperties)
        {
            publicData.Properties.Remove(alias);
        }
        if (names.Count == 0)
        {
            return;
        }
        // Latin names match as whole words ("Fai" is not hidden inside "Fairy"); Chinese names have no spaces around them.
        var pattern = new Regex(string.Join('|', names.Select(n => $"(?<![A-Za-z0-9]){Regex.Escape(n)}(?![A-Za-z0-9])")),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        foreach (var byCulture in publicData.Properties.Values)
        {
            foreach (var (culture, value) in byCulture.ToList())
            {
                if (Redact(JsonSerializer.SerializeToNode(value), pattern) is { } changed)
                {
                    byCulture[culture] = JsonSerializer.SerializeToElement(changed);
                }
            }
        }
    }

    // Walks any stored value (text, rich text's markup, lists, blocks) and rewrites its strings; null when nothing changed.
    private static JsonNode? Redact(JsonNode? node, Regex pattern)
    {
        var changed = false;
        void Walk(JsonNode? current, Action<JsonNode> replace)
        {
            switch (current)
            {
                case JsonValue value when value.TryGetValue<string>(out var text):
                    var redacted = pattern.Replace(text, Mark);
                    if (!ReferenceEquals(redacted, text) && redacted != text)
                    {
                        replace(JsonValue.Create(redacted)!);
                        changed = true;
                    }
                    break;
                case JsonObject obj:
                    foreach (var (key, child) in obj.ToList())
                    {
                        Walk(child, replacement => obj[key] = replacement);
                    }
                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        var index = i;
                        Walk(array[i], replacement => array[index] = replacement);
                    }
                    break;
            }
        }
        JsonNode? root = node;
        Walk(node, replacement => root = replacement);
        return changed ? root : null;
    }
}
