using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Startup;

namespace SelfHelp.Core.Persistence;

/// <summary>Brings the database schema up to date; on SQLite it also turns on write-ahead logging.</summary>
internal sealed class DatabaseMigrationStep(IDbContextFactory<SelfHelpDbContext> contexts, IOptions<DatabaseOptions> options) : IStartupStep
{
    public int Order => StartupOrder.Database;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        if (options.Value.IsSqlite)
        {
            // WAL lets readers carry on while one writer commits; the setting is stored in the file itself.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        await db.Database.MigrateAsync(cancellationToken);
    }
}
