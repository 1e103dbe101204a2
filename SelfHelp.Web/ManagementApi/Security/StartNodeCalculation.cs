using SelfHelp.Web.Security;

namespace SelfHelp.Web.ManagementApi.Security;

/// <summary>
/// The start nodes a user ends up with: their own when they have any; otherwise the root when a group with the
/// section grants the root (no start node), else the groups' start nodes. An empty list means the root.
/// </summary>
public static class StartNodeCalculation
{
    public static StaffUserStartNodes Of(StaffUserStartNodes own, IReadOnlyCollection<BackOfficeUserGroup> groups) => new(
        Combine(own.Documents, groups.Where(g => g.Sections.Contains(BackOfficeSections.Content)).Select(g => g.DocumentStartNodeKey)),
        Combine(own.Media, groups.Where(g => g.Sections.Contains(BackOfficeSections.Media)).Select(g => g.MediaStartNodeKey)));

    private static IReadOnlyList<Guid> Combine(IReadOnlyList<Guid> own, IEnumerable<Guid?> fromGroups)
    {
        if (own.Count > 0)
        {
            return own;
        }
        var starts = fromGroups.ToList();
        return starts.Count == 0 || starts.Any(s => s is null) ? [] : [.. starts.OfType<Guid>().Distinct()];
    }
}
