namespace SelfHelp.Web.ManagementApi.Security;

/// <summary>
/// A signed-in back office user as every Management API operation sees them: the union of their user groups'
/// sections, permissions, languages and start nodes, read fresh for each request so that removing a group takes
/// effect at once.
/// </summary>
public sealed record BackOfficeUser
{
    public required Guid Key { get; init; }
    public required string Email { get; init; }
    public required string Name { get; init; }

    /// <summary>The user's chosen back office language (e.g. <c>en-US</c>, <c>zh-HK</c>), or null for the default.</summary>
    public string? LanguageIsoCode { get; init; }

    /// <summary>The aliases of the user's groups (Identity roles carry them).</summary>
    public required IReadOnlySet<string> UserGroupAliases { get; init; }

    /// <summary>The keys of the user's groups.</summary>
    public IReadOnlyList<Guid> UserGroupKeys { get; init; } = [];

    public required IReadOnlySet<string> AllowedSections { get; init; }

    /// <summary>Document verbs (<see cref="DocumentPermissions"/>) wherever no granular permission says otherwise.</summary>
    public required IReadOnlySet<string> FallbackPermissions { get; init; }

    /// <summary>Granular permissions: the verbs on a document and its descendants, by document key.</summary>
    public IReadOnlyDictionary<Guid, IReadOnlySet<string>> DocumentPermissionsByKey { get; init; } = new Dictionary<Guid, IReadOnlySet<string>>();

    /// <summary>The cultures the user may edit; null when every language is allowed.</summary>
    public IReadOnlySet<string>? Languages { get; init; }

    public IReadOnlyList<Guid> DocumentStartNodeKeys { get; init; } = [];
    public IReadOnlyList<Guid> MediaStartNodeKeys { get; init; } = [];
    public bool HasDocumentRootAccess => DocumentStartNodeKeys.Count == 0;
    public bool HasMediaRootAccess => MediaStartNodeKeys.Count == 0;

    public required bool HasAccessToSensitiveData { get; init; }
    public required bool IsAdmin { get; init; }

    public bool HasAccessToAllLanguages => Languages is null;

    public bool CanEditCulture(string? culture) =>
        Languages is null || culture is null || Languages.Contains(culture, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The verbs the user has on a document whose path (root first, the document last) is <paramref name="pathKeys"/>:
    /// the nearest granular permission on the path, else the fallback permissions.
    /// </summary>
    public IReadOnlySet<string> PermissionsOn(IReadOnlyList<Guid> pathKeys)
    {
        for (var i = pathKeys.Count - 1; i >= 0; i--)
        {
            if (DocumentPermissionsByKey.TryGetValue(pathKeys[i], out var verbs))
            {
                return verbs;
            }
        }
        return FallbackPermissions;
    }
}

/// <summary>Who the current request's back office user is; null when the request carries no back office user.</summary>
public interface IBackOfficeUserAccessor
{
    Task<BackOfficeUser?> GetCurrentAsync(HttpContext context);

    /// <summary>The back office user with this key as they are now (null when unknown, disabled or locked out), for a request that carries them another way (the preview cookie).</summary>
    Task<BackOfficeUser?> FindAsync(Guid key, CancellationToken cancellationToken = default);
}
