using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SelfHelp.Core.ContentTypes;

/// <summary>A content, element or media type stored whole as one JSON definition, found by key or alias.</summary>
internal sealed class ContentTypeEntity
{
    public Guid Key { get; set; }
    public required string Alias { get; set; }
    public ContentTypeKind Kind { get; set; }
    public required string DefinitionJson { get; set; }
}

/// <summary>Its table, key and indexes.</summary>
internal sealed class ContentTypeEntityConfiguration : IEntityTypeConfiguration<ContentTypeEntity>
{
    public void Configure(EntityTypeBuilder<ContentTypeEntity> contentType)
    {
        contentType.ToTable("shContentType");
        contentType.HasKey(c => c.Key);
        contentType.HasIndex(c => c.Alias).IsUnique();
        contentType.Property(c => c.Alias).HasMaxLength(255);
    }
}
