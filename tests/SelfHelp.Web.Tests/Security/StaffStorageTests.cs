using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Persistence;
using SelfHelp.Web.Security;

namespace SelfHelp.Web.Tests.Security;

/// <summary>The staff accounts and the engine share a database but not a model: each context maps only its own tables.</summary>
public sealed class StaffStorageTests
{
    [Fact]
    public void The_staff_context_maps_only_staff_tables_and_the_engine_context_none_of_them()
    {
        using var staff = new SqliteStaffDbContext(new DbContextOptionsBuilder<SqliteStaffDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var engine = new SqliteSelfHelpDbContext(new DbContextOptionsBuilder<SqliteSelfHelpDbContext>().UseSqlite("Data Source=:memory:").Options);

        var staffTables = Tables(staff);
        var engineTables = Tables(engine);

        Assert.All(staffTables, table => Assert.True(table.StartsWith("shStaff", StringComparison.Ordinal) || table == "shDataProtectionKey", table));
        Assert.Empty(staffTables.Intersect(engineTables));
        Assert.Contains("shNode", engineTables);
        Assert.Contains("shFormEntry", engineTables);
    }

    private static HashSet<string> Tables(DbContext context) =>
        context.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().ToHashSet();
}
