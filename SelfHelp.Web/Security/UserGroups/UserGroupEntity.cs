using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SelfHelp.Web.Security.UserGroups;

/// <summary>
/// A back office user group as stored: what it grants. Lists are JSON text so one row holds the whole group on both
/// providers; members are the Identity users in the role named by <see cref="Alias"/>.
/// </summary>
public sealed class UserGroupEntity
{
    public Guid Key { get; set; }
    public required string Alias { get; set; }
    public required string Name { get; set; }
    public string? Icon { get; set; }

    /// <summary>Section aliases, a JSON array.</summary>
    public required string SectionsJson { get; set; }

    /// <summary>Document verbs wherever no granular permission applies, a JSON array.</summary>
    public required string FallbackPermissionsJson { get; set; }

    /// <summary>Granular document permissions, a JSON object of document key to verbs.</summary>
    public required string DocumentPermissionsJson { get; set; }

    /// <summary>The cultures the group may edit, a JSON array; null when it may edit every language.</summary>
    public string? LanguagesJson { get; set; }

    public Guid? DocumentStartNodeKey { get; set; }
    public Guid? MediaStartNodeKey { get; set; }
    public bool HasAccessToSensitiveData { get; set; }
    public DateTime CreateDate { get; set; }
    public DateTime UpdateDate { get; set; }
}

internal sealed class UserGroupEntityConfiguration : IEntityTypeConfiguration<UserGroupEntity>
{
    public void Configure(EntityTypeBuilder<UserGroupEntity> group)
    {
        group.ToTable("shStaffUserGroup");
        group.HasKey(g => g.Key);
        group.Property(g => g.Alias).HasMaxLength(256);
        group.HasIndex(g => g.Alias).IsUnique();
        group.Property(g => g.Name).HasMaxLength(256);
        group.Property(g => g.Icon).HasMaxLength(100);
    }
}
