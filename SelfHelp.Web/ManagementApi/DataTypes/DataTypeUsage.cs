using SelfHelp.Core.ContentTypes;

namespace SelfHelp.Web.ManagementApi.DataTypes;

/// <summary>Which document, element and media type properties use each data type.</summary>
internal sealed class DataTypeUsage(IReadOnlyList<ContentType> types)
{
    public static async Task<DataTypeUsage> LoadAsync(IContentTypeService contentTypes, CancellationToken cancellationToken) =>
        new(await contentTypes.GetAllAsync(cancellationToken));

    public bool IsUsed(Guid dataTypeKey) => types.Any(t => t.Properties.Any(p => p.DataTypeKey == dataTypeKey));

    public IReadOnlyList<(ContentType Type, PropertyType Property)> PropertiesUsing(Guid dataTypeKey) =>
        [.. types.SelectMany(t => t.Properties.Where(p => p.DataTypeKey == dataTypeKey).Select(p => (t, p)))
            .OrderBy(r => r.t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.p.SortOrder)];
}
