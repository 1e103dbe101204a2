using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Content.Nodes;

/// <summary>Re-parents an item inside a node write: path, level and recycle-bin state of its whole subtree, from the stored rows.</summary>
internal static class NodeRelocation
{
    /// <summary>Moves <paramref name="row"/> (tracked by <paramref name="db"/>) beneath <paramref name="parentId"/>, last among its new siblings; returns its new path.</summary>
    public static async Task<string> RelocateAsync(SelfHelpDbContext db, NodeEntity row, int parentId, bool trashed, DateTime now, CancellationToken cancellationToken)
    {
        var parentPath = parentId switch
        {
            ContentItem.RootId => "-1",
            ContentItem.RecycleBinId or ContentItem.MediaRecycleBinId => $"-1,{parentId}",
            _ => await db.Nodes.Where(n => n.Id == parentId).Select(n => n.Path).FirstAsync(cancellationToken),
        };
        var oldPath = row.Path;
        var newPath = $"{parentPath},{row.Id}";
        var levelShift = Depth(newPath) - Depth(oldPath);
        var siblings = db.Nodes.Where(n => n.ParentId == parentId && n.ObjectType == row.ObjectType && n.Id != row.Id);
        row.OriginalParentId = trashed ? row.ParentId : null;
        row.ParentId = parentId;
        row.SortOrder = await NodePlacement.NextSortOrderAsync(siblings, cancellationToken);
        var descendants = await db.Nodes.Where(n => n.Path.StartsWith(oldPath + ",")).ToListAsync(cancellationToken);
        foreach (var node in descendants.Append(row))
        {
            node.Path = newPath + node.Path[oldPath.Length..];
            node.Level = node.Id == row.Id ? Depth(parentPath) + 1 : node.Level + levelShift;
            node.Trashed = trashed;
            node.UpdateDate = now;
            node.ConcurrencyStamp++;
            if (trashed && node.PublishedCulturesJson != "{}")
            {
                // Umbraco restores from the recycle bin as unpublished.
                node.PublishedCulturesJson = "{}";
                node.PublishedJson = null;
            }
        }
        return newPath;
    }

    private static int Depth(string path) => path.Count(c => c == ',');
}
