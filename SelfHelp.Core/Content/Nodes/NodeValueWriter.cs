using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Audit;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Content.Nodes;

/// <summary>
/// Stores an item's values and publish state inside a node write, with a version and an audit line per culture: a new
/// item is placed last beneath its parent as stored now; an existing one only if nobody changed it since it was read.
/// </summary>
internal sealed class NodeValueWriter(NodePlacement placement, NodeObjectType objectType)
{
    public const string ConflictMessage =
        "Someone else changed this item since you opened it. Reload it to see their changes, then make yours again.";

    public async Task<OperationResult> WriteAsync(SelfHelpDbContext db, ContentItem item, ContentType type, string userName,
        ContentVersionKind kind, IReadOnlyList<string> cultures, string auditAction, DateTime now, CancellationToken cancellationToken)
    {
        NodeEntity row;
        if (item.Id == 0)
        {
            var placed = await placement.CheckAsync(db, type, 0, item.ParentId, cancellationToken);
            if (!placed.Succeeded)
            {
                return placed;
            }
            row = await InsertAsync(db, item, now, cancellationToken);
        }
        else
        {
            var stored = await db.Nodes.FirstOrDefaultAsync(n => n.Id == item.Id, cancellationToken);
            if (stored is null || stored.ConcurrencyStamp != item.ConcurrencyStamp)
            {
                return OperationResult.Fail(OperationStatus.ConcurrencyConflict, ConflictMessage);
            }
            row = stored;
            row.ConcurrencyStamp++;
        }
        row.UpdateDate = now;
        NodeMapper.CopyValues(item, row);
        db.ContentVersions.Add(new ContentVersionEntity
        {
            NodeId = row.Id,
            VersionDate = now,
            UserName = userName,
            Kind = kind,
            Cultures = string.Join(',', cultures.Where(c => c.Length > 0)),
            DataJson = NodeMapper.Write(kind == ContentVersionKind.Published ? item.Published! : item.Draft),
        });
        foreach (var culture in cultures.DefaultIfEmpty(""))
        {
            AuditService.Record(db, now, userName, auditAction, row.Id, culture);
        }
        await db.SaveChangesAsync(cancellationToken);
        item.ConcurrencyStamp = row.ConcurrencyStamp;
        item.UpdateDate = now;
        return OperationResult.Success();
    }

    private async Task<NodeEntity> InsertAsync(SelfHelpDbContext db, ContentItem item, DateTime now, CancellationToken cancellationToken)
    {
        var parentPath = item.ParentId == ContentItem.RootId
            ? "-1"
            : await db.Nodes.Where(n => n.Id == item.ParentId).Select(n => n.Path).FirstAsync(cancellationToken);
        var siblings = db.Nodes.Where(n => n.ParentId == item.ParentId && n.ObjectType == objectType);
        var row = new NodeEntity
        {
            Key = item.Key,
            ObjectType = objectType,
            ContentTypeAlias = item.ContentTypeAlias,
            ParentId = item.ParentId,
            Level = parentPath.Count(c => c == ',') + 1,
            Path = parentPath,
            SortOrder = await NodePlacement.NextSortOrderAsync(siblings, cancellationToken),
            CreateDate = now,
            DraftJson = "{}",
        };
        db.Nodes.Add(row);
        // The path ends with the item's own id, which the database assigns on insert.
        await db.SaveChangesAsync(cancellationToken);
        row.Path = $"{parentPath},{row.Id}";
        item.Id = row.Id;
        item.Level = row.Level;
        item.Path = row.Path;
        item.SortOrder = row.SortOrder;
        item.CreateDate = now;
        return row;
    }
}
