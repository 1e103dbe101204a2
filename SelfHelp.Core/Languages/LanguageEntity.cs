using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SelfHelp.Core.Languages;

/// <summary>A language of the site: its ISO code, name, and whether it is the default or mandatory.</summary>
internal sealed class LanguageEntity
{
    public Guid Key { get; set; }
    public required string IsoCode { get; set; }
    public required string Name { get; set; }
    public bool IsDefault { get; set; }
    public bool IsMandatory { get; set; }
}

/// <summary>Its table, key and indexes.</summary>
internal sealed class LanguageEntityConfiguration : IEntityTypeConfiguration<LanguageEntity>
{
    public void Configure(EntityTypeBuilder<LanguageEntity> language)
    {
        language.ToTable("shLanguage");
        language.HasKey(l => l.Key);
        language.HasIndex(l => l.IsoCode).IsUnique();
        language.Property(l => l.IsoCode).HasMaxLength(20);
    }
}
