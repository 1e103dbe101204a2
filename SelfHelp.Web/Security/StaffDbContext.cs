using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Web.Security;

/// <summary>
/// Staff accounts (ASP.NET Core Identity) and the Data Protection key ring in the site's database, beside the
/// engine's tables, with their own migrations and history table; one subclass per provider, as the engine does.
/// </summary>
public abstract class StaffDbContext(DbContextOptions options) : IdentityDbContext<IdentityUser>(options), IDataProtectionKeyContext
{
    public const string HistoryTable = "__StaffMigrationsHistory";

    /// <summary>The keys that protect bearer tokens and antiforgery tokens, shared by every node on this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The back office user groups (members by Identity role, the group's alias).</summary>
    public DbSet<UserGroups.UserGroupEntity> UserGroups => Set<UserGroups.UserGroupEntity>();

    /// <summary>Name, UI language, start nodes and the disabled flag of each back office user that has them.</summary>
    public DbSet<StaffUserProfileEntity> UserProfiles => Set<StaffUserProfileEntity>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<IdentityUser>().ToTable("shStaffUser");
        builder.Entity<IdentityRole>().ToTable("shStaffRole");
        builder.Entity<IdentityUserRole<string>>().ToTable("shStaffUserRole");
        builder.Entity<IdentityUserClaim<string>>().ToTable("shStaffUserClaim");
        builder.Entity<IdentityUserLogin<string>>().ToTable("shStaffUserLogin");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("shStaffRoleClaim");
        builder.Entity<IdentityUserToken<string>>().ToTable("shStaffUserToken");
        builder.Entity<DataProtectionKey>().ToTable("shDataProtectionKey");
        builder.ApplyConfiguration(new UserGroups.UserGroupEntityConfiguration());
        builder.ApplyConfiguration(new StaffUserProfileEntityConfiguration());
    }

    /// <summary>The options for the configured provider (Umbraco's connection string keys, as the engine reads them).</summary>
    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions database)
    {
        if (database.IsSqlite)
        {
            builder.UseSqlite(database.ResolvedConnectionString, o => o.MigrationsHistoryTable(HistoryTable));
        }
        else
        {
            builder.UseNpgsql(database.ResolvedConnectionString, o => o.MigrationsHistoryTable(HistoryTable));
        }
    }
}

/// <summary>Staff accounts on SQLite.</summary>
public sealed class SqliteStaffDbContext(DbContextOptions<SqliteStaffDbContext> options) : StaffDbContext(options);

/// <summary>Staff accounts on PostgreSQL.</summary>
public sealed class PostgreSqlStaffDbContext(DbContextOptions<PostgreSqlStaffDbContext> options) : StaffDbContext(options);

internal sealed class SqliteStaffDesignTimeFactory : IDesignTimeDbContextFactory<SqliteStaffDbContext>
{
    public SqliteStaffDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteStaffDbContext>().UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(StaffDbContext.HistoryTable)).Options);
}

internal sealed class PostgreSqlStaffDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlStaffDbContext>
{
    public PostgreSqlStaffDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlStaffDbContext>().UseNpgsql("Host=localhost;Database=selfhelp_design", o => o.MigrationsHistoryTable(StaffDbContext.HistoryTable)).Options);
}

/// <summary>Registers the staff context for the configured provider.</summary>
internal static class StaffDbContextRegistration
{
    public static void AddStaffDbContext(this IServiceCollection services)
    {
        services.AddScoped<StaffDbContext>(sp =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            if (database.IsSqlite)
            {
                var sqlite = new DbContextOptionsBuilder<SqliteStaffDbContext>();
                StaffDbContext.Configure(sqlite, database);
                return new SqliteStaffDbContext(sqlite.Options);
            }
            var postgres = new DbContextOptionsBuilder<PostgreSqlStaffDbContext>();
            StaffDbContext.Configure(postgres, database);
            return new PostgreSqlStaffDbContext(postgres.Options);
        });
    }
}
