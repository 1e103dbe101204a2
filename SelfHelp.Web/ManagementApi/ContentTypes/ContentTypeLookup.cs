using SelfHelp.Core.ContentTypes;

namespace SelfHelp.Web.ManagementApi.ContentTypes;

/// <summary>Finds a type of a kind by key, else by alias (uSync files name allowed children by both; compositions by alias).</summary>
internal static class ContentTypeLookup
{
    public static ContentType? Find(IReadOnlyList<ContentType> all, Guid key, string alias, ContentTypeKind kind) =>
        all.FirstOrDefault(t => t.Kind == kind && t.Key == key)
        ?? all.FirstOrDefault(t => t.Kind == kind && string.Equals(t.Alias, alias, StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyList<ContentType> OfKind(IReadOnlyList<ContentType> all, ContentTypeKind kind) =>
        [.. all.Where(t => t.Kind == kind).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)];
}
