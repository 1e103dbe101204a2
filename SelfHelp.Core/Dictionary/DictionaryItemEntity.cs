using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SelfHelp.Core.Dictionary;

/// <summary>A dictionary item with its translations as a JSON object of ISO code to text.</summary>
internal sealed class DictionaryItemEntity
{
    public Guid Key { get; set; }
    public required string ItemKey { get; set; }
    public Guid? ParentKey { get; set; }
    public required string TranslationsJson { get; set; }
}

/// <summary>Its table, key and indexes.</summary>
internal sealed class DictionaryItemEntityConfiguration : IEntityTypeConfiguration<DictionaryItemEntity>
{
    public void Configure(EntityTypeBuilder<DictionaryItemEntity> item)
    {
        item.ToTable("shDictionary");
        item.HasKey(d => d.Key);
        item.HasIndex(d => d.ItemKey).IsUnique();
        item.HasIndex(d => d.ParentKey);
        item.Property(d => d.ItemKey).HasMaxLength(1000);
    }
}
