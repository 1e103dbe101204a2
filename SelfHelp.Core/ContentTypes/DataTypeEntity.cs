using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SelfHelp.Core.ContentTypes;

/// <summary>A data type: a property editor alias with its configuration as JSON.</summary>
internal sealed class DataTypeEntity
{
    public Guid Key { get; set; }
    public required string Name { get; set; }
    public required string EditorAlias { get; set; }
    public string? EditorUiAlias { get; set; }
    public required string ConfigurationJson { get; set; }
}

/// <summary>Its table, key and indexes.</summary>
internal sealed class DataTypeEntityConfiguration : IEntityTypeConfiguration<DataTypeEntity>
{
    public void Configure(EntityTypeBuilder<DataTypeEntity> dataType)
    {
        dataType.ToTable("shDataType");
        dataType.HasKey(d => d.Key);
        dataType.HasIndex(d => d.Name);
    }
}
