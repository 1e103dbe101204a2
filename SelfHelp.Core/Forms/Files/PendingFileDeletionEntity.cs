using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SelfHelp.Core.Forms.Files;

/// <summary>A file to delete from the upload store once the erasure that let it go has committed; retried until it is gone.</summary>
internal sealed class PendingFileDeletionEntity
{
    public long Id { get; set; }
    public required string StoragePath { get; set; }
    public DateTime CreatedUtc { get; set; }
    public int Attempts { get; set; }
}

/// <summary>Its table, key and indexes.</summary>
internal sealed class PendingFileDeletionEntityConfiguration : IEntityTypeConfiguration<PendingFileDeletionEntity>
{
    public void Configure(EntityTypeBuilder<PendingFileDeletionEntity> deletion)
    {
        deletion.ToTable("shPendingFileDeletion");
        deletion.HasKey(d => d.Id);
        deletion.Property(d => d.StoragePath).HasMaxLength(500);
    }
}
