using Umbraco.Cms.Core.Models;

namespace SelfHelp.Core.ContentTypes;

/// <summary>Whether a type describes documents (and element types) or media.</summary>
public enum ContentTypeKind
{
    Document,
    Media,
}

/// <summary>A document, element or media type: its properties, their groups and where it may be created.</summary>
public sealed class ContentType
{
    public required Guid Key { get; init; }
    public required string Alias { get; set; }
    public required string Name { get; set; }
    public ContentTypeKind Kind { get; set; } = ContentTypeKind.Document;
    public string? Icon { get; set; }
    public string? Description { get; set; }
    public bool AllowAtRoot { get; set; }
    public bool IsElement { get; set; }

    /// <summary>Umbraco's variation flag: <see cref="ContentVariation.Culture"/> when names and some properties vary by language.</summary>
    public ContentVariation Variations { get; set; } = ContentVariation.Nothing;

    /// <summary>The tree level in the uSync folder structure (1 unless the type sits in a folder).</summary>
    public int Level { get; set; } = 1;

    public List<string> Compositions { get; set; } = [];
    public List<AllowedChildType> AllowedChildren { get; set; } = [];
    public List<PropertyGroup> Groups { get; set; } = [];
    public List<PropertyType> Properties { get; set; } = [];

    public bool VariesByCulture => Variations.HasFlag(ContentVariation.Culture);

    public PropertyType? FindProperty(string alias) =>
        Properties.FirstOrDefault(p => string.Equals(p.Alias, alias, StringComparison.OrdinalIgnoreCase));

    public bool AllowsChild(string childAlias) =>
        AllowedChildren.Any(c => string.Equals(c.Alias, childAlias, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A content type allowed beneath another, by key and alias as uSync writes it.</summary>
public sealed record AllowedChildType(Guid Key, string Alias, int SortOrder);

/// <summary>A tab or group of properties in the editing UI.</summary>
public sealed class PropertyGroup
{
    public required Guid Key { get; init; }
    public required string Alias { get; set; }
    public required string Name { get; set; }

    /// <summary>"Group" or "Tab", as Umbraco names them.</summary>
    public string Type { get; set; } = "Group";
    public int SortOrder { get; set; }
}

/// <summary>One property of a content type: which data type edits it, whether it is required and how it varies.</summary>
public sealed class PropertyType
{
    public required Guid Key { get; init; }
    public required string Alias { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public required Guid DataTypeKey { get; set; }
    public required string EditorAlias { get; set; }
    public bool Mandatory { get; set; }
    public string? MandatoryMessage { get; set; }
    public string? ValidationRegExp { get; set; }
    public string? ValidationRegExpMessage { get; set; }
    public int SortOrder { get; set; }
    public string? GroupAlias { get; set; }
    public ContentVariation Variations { get; set; } = ContentVariation.Nothing;
    public bool LabelOnTop { get; set; }

    public bool VariesByCulture => Variations.HasFlag(ContentVariation.Culture);
}
