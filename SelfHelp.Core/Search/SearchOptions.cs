using System.ComponentModel.DataAnnotations;

namespace SelfHelp.Core.Search;

/// <summary>Search settings, bound from <c>SelfHelp:Search</c>.</summary>
public sealed class SearchOptions
{
    public const string Section = "SelfHelp:Search";

    /// <summary>
    /// Folder holding one sub-folder per index; relative paths are under the host's content root.
    /// Umbraco keeps its Examine indexes in the same place.
    /// </summary>
    [Required]
    public string IndexPath { get; set; } = Path.Combine("App_Data", "TEMP", "ExamineIndexes");

    [Range(1, 1000)]
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>Larger page sizes are cut to this.</summary>
    [Range(1, 1000)]
    public int MaxPageSize { get; set; } = 50;

    /// <summary>Results beyond this many are not paged to (deep paging costs memory for every page before it).</summary>
    [Range(100, 100_000)]
    public int MaxResultWindow { get; set; } = 10_000;

    /// <summary>Longer search texts are refused as malformed.</summary>
    [Range(16, 4096)]
    public int MaxQueryLength { get; set; } = 256;

    [Range(1, 50)]
    public int MaxSuggestions { get; set; } = 8;

    /// <summary>About how many characters of text a snippet shows.</summary>
    [Range(40, 1000)]
    public int SnippetLength { get; set; } = 200;

    /// <summary>How long index changes may wait in memory before they are committed to disk (they are searchable at once).</summary>
    public TimeSpan CommitInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Property aliases whose text ranks with the name, highest.</summary>
    public string[] TitleAliases { get; set; } = ["title", "heroTitle", "name", "term"];

    /// <summary>Property aliases whose text ranks between the title and the body.</summary>
    public string[] SummaryAliases { get; set; } = ["summary", "description", "definition", "intro", "overview"];

    public float TitleBoost { get; set; } = 4f;
    public float SummaryBoost { get; set; } = 2f;
    public float BodyBoost { get; set; } = 1f;
}
