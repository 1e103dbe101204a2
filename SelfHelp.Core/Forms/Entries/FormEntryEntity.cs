using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SelfHelp.Core.Forms.Entries;

/// <summary>One submission of a form: its values (alias to values, as JSON), state and who changed it last.</summary>
internal sealed class FormEntryEntity
{
    public Guid Id { get; set; }
    public Guid FormKey { get; set; }
    public required string FormName { get; set; }
    public FormEntryState State { get; set; }
    public required string Culture { get; set; }
    public Guid? ContentKey { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public string? StateChangedBy { get; set; }
    public DateTime? StateChangedUtc { get; set; }
    public required string ValuesJson { get; set; }

    /// <summary>The answers as plain lower-case text, unescaped, that staff search matches ("o'brien", "a+b@x.org" as typed).</summary>
    public string SearchText { get; set; } = "";

    /// <summary>Recorded only when the site is configured to (Umbraco's EnableRecordingOfIpWithFormSubmission, off by default).</summary>
    public string? IpAddress { get; set; }
}

/// <summary>Its table, key and indexes.</summary>
internal sealed class FormEntryEntityConfiguration : IEntityTypeConfiguration<FormEntryEntity>
{
    public void Configure(EntityTypeBuilder<FormEntryEntity> entry)
    {
        entry.ToTable("shFormEntry");
        entry.HasKey(e => e.Id);
        entry.HasIndex(e => new { e.FormKey, e.CreatedUtc });
        entry.HasIndex(e => new { e.State, e.UpdatedUtc });
        entry.Property(e => e.FormName).HasMaxLength(255);
        entry.Property(e => e.Culture).HasMaxLength(20);
        entry.Property(e => e.StateChangedBy).HasMaxLength(255);
        entry.Property(e => e.IpAddress).HasMaxLength(64);
    }
}
