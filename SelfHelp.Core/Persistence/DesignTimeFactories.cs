using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SelfHelp.Core.Persistence;

/// <summary>Lets <c>dotnet ef migrations add X --context SqliteSelfHelpDbContext</c> build the SQLite model.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSelfHelpDbContext>
{
    public SqliteSelfHelpDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSelfHelpDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add X --context PostgreSqlSelfHelpDbContext</c> build the PostgreSQL model.</summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlSelfHelpDbContext>
{
    public PostgreSqlSelfHelpDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlSelfHelpDbContext>().UseNpgsql("Host=localhost;Database=selfhelp_design").Options);
}
