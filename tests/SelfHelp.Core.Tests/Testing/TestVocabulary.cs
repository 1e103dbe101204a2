namespace SelfHelp.Core.Tests.Testing;

/// <summary>
/// The facets every test engine starts with, as configuration (<c>SelfHelp:Vocabulary</c>), over the test schemas'
/// list properties: the public search offers topic and district; language is filterable only.
/// </summary>
public static class TestVocabulary
{
    public static IReadOnlyDictionary<string, string?> Settings { get; } = Facets(
        ("topic", ["topics"], true),
        ("district", ["district"], true),
        ("language", ["languages"], false));

    /// <summary>Configuration keys for facets: (key, property aliases, offered by the public search).</summary>
    public static Dictionary<string, string?> Facets(params (string Key, string[] Properties, bool Search)[] facets)
    {
        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < facets.Length; i++)
        {
            var (key, properties, search) = facets[i];
            var at = $"SelfHelp:Vocabulary:Facets:{i}";
            settings[$"{at}:Key"] = key;
            settings[$"{at}:Search"] = search ? "true" : "false";
            for (var p = 0; p < properties.Length; p++)
            {
                settings[$"{at}:Properties:{p}"] = properties[p];
            }
        }
        return settings;
    }
}
