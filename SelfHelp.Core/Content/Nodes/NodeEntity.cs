using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SelfHelp.Core.Content;

namespace SelfHelp.Core.Content.Nodes;

/// <summary>A row of the node tree: a document or media item with its draft and published documents as JSON.</summary>
internal sealed class NodeEntity
{
    public int Id { get; set; }
    public Guid Key { get; set; }
    public NodeObjectType ObjectType { get; set; }
    public required string ContentTypeAlias { get; set; }
    public int ParentId { get; set; }
    public int Level { get; set; }
    public required string Path { get; set; }
    public int SortOrder { get; set; }
    public bool Trashed { get; set; }

    /// <summary>Where a trashed item came from, so restore can put it back.</summary>
    public int? OriginalParentId { get; set; }
    public DateTime CreateDate { get; set; }
    public DateTime UpdateDate { get; set; }
    public required string DraftJson { get; set; }
    public string? PublishedJson { get; set; }

    /// <summary>Culture to publish date and URL segment, as JSON; empty object when nothing is live.</summary>
    public string PublishedCulturesJson { get; set; } = "{}";

    /// <summary>Optimistic concurrency token: incremented on every write, checked by EF Core.</summary>
    public long ConcurrencyStamp { get; set; }
}

/// <summary>Its table, key and indexes.</summary>
internal sealed class NodeEntityConfiguration : IEntityTypeConfiguration<NodeEntity>
{
    public void Configure(EntityTypeBuilder<NodeEntity> node)
    {
        node.ToTable("shNode");
        node.HasKey(n => n.Id);
        node.HasIndex(n => n.Key).IsUnique();
        node.HasIndex(n => n.ParentId);
        node.HasIndex(n => n.Path);
        node.HasIndex(n => new { n.ObjectType, n.Trashed });
        node.Property(n => n.ContentTypeAlias).HasMaxLength(255);
        node.Property(n => n.Path).HasMaxLength(2000);
        node.Property(n => n.ConcurrencyStamp).IsConcurrencyToken();
    }
}
