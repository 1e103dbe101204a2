using System.Text.Json;
using System.Text.Json.Serialization;

namespace SelfHelp.Web.BackOffice;

/// <summary>
/// vite's build manifest (<c>.vite/manifest.json</c>): for each entry, its hashed script and the stylesheets it and the
/// chunks it imports statically need, as vite's own back-end integration guide reads it.
/// </summary>
internal sealed class ViteManifest(IReadOnlyDictionary<string, ViteManifest.Chunk> chunks)
{
    public const string RelativePath = ".vite/manifest.json";

    public static ViteManifest Read(string path)
    {
        using var stream = File.OpenRead(path);
        var chunks = JsonSerializer.Deserialize<Dictionary<string, Chunk>>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidDataException($"{path} is not a vite manifest.");
        return new ViteManifest(chunks);
    }

    /// <summary>An entry's files relative to the build folder, or null when the build has no entry by that name.</summary>
    public BackOfficeEntry? Entry(string name, string baseUrl)
    {
        var entry = chunks.Values.FirstOrDefault(chunk => chunk.IsEntry && chunk.Name == name);
        if (entry is null)
        {
            return null;
        }
        var styles = new List<string>();
        CollectStyles(entry, styles, []);
        return new BackOfficeEntry([baseUrl + entry.File], [.. styles.Select(style => baseUrl + style)]);
    }

    private void CollectStyles(Chunk chunk, List<string> styles, HashSet<string> seen)
    {
        foreach (var import in chunk.Imports ?? [])
        {
            if (seen.Add(import) && chunks.TryGetValue(import, out var imported))
            {
                CollectStyles(imported, styles, seen);
            }
        }
        foreach (var css in chunk.Css ?? [])
        {
            if (!styles.Contains(css))
            {
                styles.Add(css);
            }
        }
    }

    /// <summary>One output chunk as the manifest names it.</summary>
    internal sealed record Chunk(
        [property: JsonPropertyName("file")] string File,
        [property: JsonPropertyName("name")] string? Name,
        [property: JsonPropertyName("isEntry")] bool IsEntry,
        [property: JsonPropertyName("imports")] IReadOnlyList<string>? Imports,
        [property: JsonPropertyName("css")] IReadOnlyList<string>? Css);
}
