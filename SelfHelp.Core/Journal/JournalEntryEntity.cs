using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SelfHelp.Core.Journal;

/// <summary>A row of the change journal (Umbraco's <c>umbracoCacheInstruction</c>); ids and keys as comma lists.</summary>
internal sealed class JournalEntryEntity
{
    public long Id { get; set; }
    public DateTime UtcStamp { get; set; }
    public JournalKind Kind { get; set; }
    public string Ids { get; set; } = "";
    public string Keys { get; set; } = "";
    public bool Subtree { get; set; }
    public bool DraftOnly { get; set; }
    public bool RefreshAll { get; set; }
    public string Originated { get; set; } = "";
}

/// <summary>The journal's table: an identity id that orders it, and an index on the stamp for pruning.</summary>
internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntryEntity>
{
    public void Configure(EntityTypeBuilder<JournalEntryEntity> entry)
    {
        entry.ToTable("shCacheInstruction");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).ValueGeneratedOnAdd();
        entry.HasIndex(e => e.UtcStamp);
        entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        entry.Property(e => e.Originated).HasMaxLength(500);
    }
}
