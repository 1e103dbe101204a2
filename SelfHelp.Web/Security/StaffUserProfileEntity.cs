using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SelfHelp.Web.Security;

/// <summary>
/// What Umbraco keeps on a back office user beside the Identity account: a display name, the UI language, start
/// nodes and whether an administrator has disabled the account. A user without a row has the defaults.
/// </summary>
public sealed class StaffUserProfileEntity
{
    public required string UserId { get; set; }
    public required string Name { get; set; }

    /// <summary>The back office UI language (<c>en-US</c>, <c>zh-HK</c>), or null for the client's default.</summary>
    public string? LanguageIsoCode { get; set; }

    /// <summary>The user's own document start nodes, a JSON array of keys (empty: from the groups).</summary>
    public required string DocumentStartNodeKeysJson { get; set; }

    /// <summary>The user's own media start nodes, a JSON array of keys (empty: from the groups).</summary>
    public required string MediaStartNodeKeysJson { get; set; }

    public bool IsDisabled { get; set; }
    public DateTime CreateDate { get; set; }
    public DateTime UpdateDate { get; set; }
}

internal sealed class StaffUserProfileEntityConfiguration : IEntityTypeConfiguration<StaffUserProfileEntity>
{
    public void Configure(EntityTypeBuilder<StaffUserProfileEntity> profile)
    {
        profile.ToTable("shStaffUserProfile");
        profile.HasKey(p => p.UserId);
        profile.Property(p => p.Name).HasMaxLength(256);
        profile.Property(p => p.LanguageIsoCode).HasMaxLength(20);
        // Deleting the account deletes what Umbraco keeps beside it.
        profile.HasOne<IdentityUser>().WithOne().HasForeignKey<StaffUserProfileEntity>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
