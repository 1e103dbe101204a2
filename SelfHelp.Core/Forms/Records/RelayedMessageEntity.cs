using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SelfHelp.Core.Forms.Records;

/// <summary>A visitor's message relayed to a group (private record); the group's address is never stored here.</summary>
internal sealed class RelayedMessageEntity
{
    public Guid Id { get; set; }
    public Guid EntryId { get; set; }
    public Guid GroupKey { get; set; }
    public required string SenderName { get; set; }
    public required string SenderEmail { get; set; }
    public required string Message { get; set; }
    public DateTime SentUtc { get; set; }
}

/// <summary>Its table, key and indexes.</summary>
internal sealed class RelayedMessageEntityConfiguration : IEntityTypeConfiguration<RelayedMessageEntity>
{
    public void Configure(EntityTypeBuilder<RelayedMessageEntity> message)
    {
        message.ToTable("shRelayedMessage");
        message.HasKey(m => m.Id);
        message.HasIndex(m => m.EntryId).IsUnique();
        message.HasIndex(m => m.SenderEmail);
        message.Property(m => m.SenderEmail).HasMaxLength(320);
    }
}
