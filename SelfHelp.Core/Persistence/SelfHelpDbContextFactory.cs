using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace SelfHelp.Core.Persistence;

/// <summary>Creates the provider's context for each unit of work; the engine's services are singletons and never hold one.</summary>
public sealed class SelfHelpDbContextFactory : IDbContextFactory<SelfHelpDbContext>
{
    private readonly Func<SelfHelpDbContext> _create;

    public SelfHelpDbContextFactory(IOptions<DatabaseOptions> options)
    {
        var database = options.Value;
        if (database.IsSqlite)
        {
            Directory.CreateDirectory(database.DataDirectory);
            var sqlite = new DbContextOptionsBuilder<SqliteSelfHelpDbContext>()
                .UseSqlite(database.ResolvedConnectionString)
                .Options;
            _create = () => new SqliteSelfHelpDbContext(sqlite);
        }
        else
        {
            var postgres = new DbContextOptionsBuilder<PostgreSqlSelfHelpDbContext>()
                .UseNpgsql(database.ResolvedConnectionString)
                .Options;
            _create = () => new PostgreSqlSelfHelpDbContext(postgres);
        }
    }

    public SelfHelpDbContext CreateDbContext() => _create();
}
