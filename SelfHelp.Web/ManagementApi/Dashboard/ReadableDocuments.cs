using SelfHelp.Core.Content;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.Dashboard;

/// <summary>
/// The documents a back office user may read, for lists that name documents: inside one of the user's start nodes
/// and with the Read verb on the nearest granular permission of the path. Ancestors are looked up once per request.
/// </summary>
internal sealed class ReadableDocuments(IContentService content)
{
    private readonly Dictionary<int, ContentItem?> _byId = [];

    public async Task<ContentItem?> GetAsync(int id, BackOfficeUser user, CancellationToken ct) =>
        await LoadAsync(id, ct) is { Trashed: false } item && await MayReadAsync(item, user, ct) ? item : null;

    public async Task<ContentItem?> GetAsync(Guid key, BackOfficeUser user, CancellationToken ct) =>
        await content.GetAsync(key, ct) is { } item ? await GetAsync(item.Id, user, ct) : null;

    /// <summary>The item's name in the user's language, else in <paramref name="culture"/>, else any it has.</summary>
    public static string NameFor(ContentItem item, BackOfficeUser user, string? culture = null) =>
        item.GetName(culture) ?? item.GetName(user.LanguageIsoCode) ?? item.Draft.Names.Values.FirstOrDefault() ?? "";

    private async Task<bool> MayReadAsync(ContentItem item, BackOfficeUser user, CancellationToken ct)
    {
        var pathKeys = new List<Guid>();
        foreach (var id in item.Path.Split(',').Select(int.Parse).Where(i => i > 0))
        {
            if (await LoadAsync(id, ct) is { } ancestor)
            {
                pathKeys.Add(ancestor.Key);
            }
        }
        if (!user.HasDocumentRootAccess && !pathKeys.Any(user.DocumentStartNodeKeys.Contains))
        {
            return false;
        }
        return user.PermissionsOn(pathKeys).Contains(DocumentPermissions.Read);
    }

    private async Task<ContentItem?> LoadAsync(int id, CancellationToken ct)
    {
        if (!_byId.TryGetValue(id, out var item))
        {
            _byId[id] = item = await content.GetAsync(id, ct);
        }
        return item;
    }
}
