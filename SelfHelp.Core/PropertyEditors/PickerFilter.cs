using SelfHelp.Core.ContentTypes;

namespace SelfHelp.Core.PropertyEditors;

/// <summary>A picker's <c>filter</c>: type aliases in older data, type keys as Umbraco 14+ writes them (<c>"cc07b313-…"</c>).</summary>
internal static class PickerFilter
{
    public static async ValueTask<IReadOnlyList<string>> AllowedAliasesAsync(DataType dataType, IContentTypeService contentTypes, CancellationToken cancellationToken)
    {
        var aliases = new List<string>();
        foreach (var entry in dataType.GetStringList("filter"))
        {
            aliases.Add(Guid.TryParse(entry, out var key) && await contentTypes.GetAsync(key, cancellationToken) is { } type ? type.Alias : entry);
        }
        return aliases;
    }
}
