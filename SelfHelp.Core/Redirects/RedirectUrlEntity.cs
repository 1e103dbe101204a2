using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SelfHelp.Core.Redirects;

/// <summary>An old URL of an item in one culture, answered with a permanent redirect (Umbraco's redirect URL management).</summary>
internal sealed class RedirectUrlEntity
{
    public Guid Id { get; set; }
    public Guid ContentKey { get; set; }
    public string Culture { get; set; } = "";
    public required string Url { get; set; }
    public DateTime CreateDate { get; set; }
}

/// <summary>Its table, key and indexes.</summary>
internal sealed class RedirectUrlEntityConfiguration : IEntityTypeConfiguration<RedirectUrlEntity>
{
    public void Configure(EntityTypeBuilder<RedirectUrlEntity> redirect)
    {
        redirect.ToTable("shRedirectUrl");
        redirect.HasKey(r => r.Id);
        redirect.HasIndex(r => new { r.Url, r.Culture });
        redirect.HasIndex(r => r.ContentKey);
        redirect.Property(r => r.Url).HasMaxLength(2000);
        redirect.Property(r => r.Culture).HasMaxLength(20);
    }
}
