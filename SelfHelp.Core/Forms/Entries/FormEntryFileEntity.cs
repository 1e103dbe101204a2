using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SelfHelp.Core.Forms.Entries;

/// <summary>A file uploaded with an entry, kept in the private file store.</summary>
internal sealed class FormEntryFileEntity
{
    public Guid Id { get; set; }
    public Guid EntryId { get; set; }
    public required string FieldAlias { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Length { get; set; }
    public required string StoragePath { get; set; }
}

/// <summary>Its table, key and indexes.</summary>
internal sealed class FormEntryFileEntityConfiguration : IEntityTypeConfiguration<FormEntryFileEntity>
{
    public void Configure(EntityTypeBuilder<FormEntryFileEntity> file)
    {
        file.ToTable("shFormEntryFile");
        file.HasKey(f => f.Id);
        file.HasIndex(f => f.EntryId);
        file.Property(f => f.FieldAlias).HasMaxLength(255);
        file.Property(f => f.FileName).HasMaxLength(255);
        file.Property(f => f.ContentType).HasMaxLength(100);
        file.Property(f => f.StoragePath).HasMaxLength(500);
    }
}
