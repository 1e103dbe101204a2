using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Audit;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Content.Nodes;

/// <summary>Deletes items for good inside a node write: their rows, history, schedules and redirects, with an audit line each.</summary>
internal static class NodeDeletion
{
    public static async Task DeleteAsync(SelfHelpDbContext db, IReadOnlyList<ContentItem> items, string userName, DateTime now, CancellationToken cancellationToken)
    {
        var ids = items.Select(i => i.Id).ToList();
        var keys = items.Select(i => i.Key).ToList();
        await db.ContentVersions.Where(v => ids.Contains(v.NodeId)).ExecuteDeleteAsync(cancellationToken);
        await db.Schedules.Where(s => ids.Contains(s.NodeId)).ExecuteDeleteAsync(cancellationToken);
        await db.RedirectUrls.Where(r => keys.Contains(r.ContentKey)).ExecuteDeleteAsync(cancellationToken);
        await db.Nodes.Where(n => ids.Contains(n.Id)).ExecuteDeleteAsync(cancellationToken);
        foreach (var item in items)
        {
            AuditService.Record(db, now, userName, "Delete", item.Id, comment: item.Draft.Names.Values.FirstOrDefault());
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
