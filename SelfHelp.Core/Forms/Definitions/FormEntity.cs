using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SelfHelp.Core.Forms.Definitions;

/// <summary>A form definition stored whole as JSON, found by key or name.</summary>
internal sealed class FormEntity
{
    public Guid Key { get; set; }
    public required string Name { get; set; }
    public required string DefinitionJson { get; set; }
}

/// <summary>Its table, key and indexes.</summary>
internal sealed class FormEntityConfiguration : IEntityTypeConfiguration<FormEntity>
{
    public void Configure(EntityTypeBuilder<FormEntity> form)
    {
        form.ToTable("shForm");
        form.HasKey(f => f.Key);
        form.HasIndex(f => f.Name).IsUnique();
        form.Property(f => f.Name).HasMaxLength(255);
    }
}
