using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;

namespace SelfHelp.Core.Search.Indexing;

/// <summary>
/// What one index needs of an item, whichever side it came from: the published cache (ExternalIndex, only what the
/// public may see) or storage (InternalIndex, drafts included). The document builder turns it into a Lucene document.
/// </summary>
/// <param name="Data">Names and values to index: published values for ExternalIndex, the draft for InternalIndex.</param>
/// <param name="Cultures">The cultures to index the item in; an invariant item lists every culture it shows in.</param>
/// <param name="Properties">The properties whose values may be indexed (ExternalIndex leaves internal ones out).</param>
internal sealed record IndexItem(
    int Id,
    Guid Key,
    NodeObjectType ObjectType,
    ContentType Type,
    int ParentId,
    int Level,
    string Path,
    int SortOrder,
    DateTime CreateDate,
    DateTime UpdateDate,
    bool Trashed,
    ContentData Data,
    IReadOnlyList<IndexCulture> Cultures,
    IReadOnlyList<PropertyType> Properties)
{
    public bool VariesByCulture => Type.VariesByCulture && ObjectType == NodeObjectType.Document;

    /// <summary>The stored value of a property in a culture (the invariant one for properties that do not vary).</summary>
    public System.Text.Json.JsonElement? GetValue(PropertyType property, string culture) =>
        Data.GetValue(property.Alias, VariesByCulture && property.VariesByCulture ? culture : ContentData.Invariant);
}

/// <summary>One culture an item is indexed in: its name, URL segment, whether it is live and its date.</summary>
/// <param name="Date">When the culture was published (ExternalIndex) or the item last changed (InternalIndex).</param>
internal sealed record IndexCulture(string Culture, string Name, string? UrlSegment, bool Published, DateTime Date);
