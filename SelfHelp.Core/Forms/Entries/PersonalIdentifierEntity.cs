using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SelfHelp.Core.Forms.Entries;

/// <summary>
/// A way to find the person an entry (and the records made from it) is about: a normalised email address or Hong Kong
/// phone number, written in the entry's transaction so access and erasure requests match exactly.
/// </summary>
internal sealed class PersonalIdentifierEntity
{
    public long Id { get; set; }
    public Guid EntryId { get; set; }
    public PersonalIdentifierKind Kind { get; set; }
    public required string Value { get; set; }
}

/// <summary>Its table, key and indexes.</summary>
internal sealed class PersonalIdentifierEntityConfiguration : IEntityTypeConfiguration<PersonalIdentifierEntity>
{
    public void Configure(EntityTypeBuilder<PersonalIdentifierEntity> identifier)
    {
        identifier.ToTable("shPersonalIdentifier");
        identifier.HasKey(i => i.Id);
        identifier.HasIndex(i => new { i.Kind, i.Value });
        identifier.HasIndex(i => i.EntryId);
        identifier.Property(i => i.Value).HasMaxLength(320);
    }
}
