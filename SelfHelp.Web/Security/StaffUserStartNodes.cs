using System.Text.Json;

namespace SelfHelp.Web.Security;

/// <summary>A user's own document and media start nodes, read from their profile (none without one).</summary>
public sealed record StaffUserStartNodes(IReadOnlyList<Guid> Documents, IReadOnlyList<Guid> Media)
{
    public static StaffUserStartNodes Of(StaffUserProfileEntity? profile) => profile is null
        ? new([], [])
        : new(JsonSerializer.Deserialize<List<Guid>>(profile.DocumentStartNodeKeysJson) ?? [],
              JsonSerializer.Deserialize<List<Guid>>(profile.MediaStartNodeKeysJson) ?? []);
}
