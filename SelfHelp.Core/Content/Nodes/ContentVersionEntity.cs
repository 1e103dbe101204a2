using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SelfHelp.Core.Content.Nodes;

/// <summary>One entry of an item's version history: a snapshot of its draft or of what was published.</summary>
internal sealed class ContentVersionEntity
{
    public int Id { get; set; }
    public int NodeId { get; set; }
    public DateTime VersionDate { get; set; }
    public required string UserName { get; set; }
    public ContentVersionKind Kind { get; set; }

    /// <summary>Comma-separated cultures the action touched; empty for all.</summary>
    public string Cultures { get; set; } = "";
    public required string DataJson { get; set; }
}

/// <summary>Its table, key and indexes.</summary>
internal sealed class ContentVersionEntityConfiguration : IEntityTypeConfiguration<ContentVersionEntity>
{
    public void Configure(EntityTypeBuilder<ContentVersionEntity> version)
    {
        version.ToTable("shContentVersion");
        version.HasKey(v => v.Id);
        version.HasIndex(v => v.NodeId);
        version.Property(v => v.UserName).HasMaxLength(255);
        version.Property(v => v.Cultures).HasMaxLength(255);
    }
}
