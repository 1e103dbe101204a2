using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Content;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.Startup;

namespace SelfHelp.Core.DemoContent;

/// <summary>
/// On first start against a database with no documents at all (not even in the recycle bin), fills the site with the
/// demo content, after the uSync import has installed the types and before the published cache is built.
/// </summary>
internal sealed class DemoContentStep(
    IOptions<DemoContentOptions> options,
    IDbContextFactory<SelfHelpDbContext> contexts,
    DemoContentSeeder seeder,
    ILogger<DemoContentStep> logger) : IStartupStep
{
    public int Order => StartupOrder.DemoContent;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Demo content is turned off ({Section}:Enabled).", DemoContentOptions.Section);
            return;
        }
        await using (var db = contexts.CreateDbContext())
        {
            if (await db.Nodes.AnyAsync(n => n.ObjectType == NodeObjectType.Document, cancellationToken))
            {
                return;
            }
        }
        var result = await seeder.SeedAsync(DemoContentData.All, cancellationToken);
        if (!result.Succeeded)
        {
            // Half a demo site would be worse than none: stop, and say how to get past it.
            throw new InvalidOperationException(
                $"Demo content could not be seeded: {result.Message} {string.Join(" ", result.Errors.Select(e => e.Message))} " +
                $"Fix the types (uSync) or set {DemoContentOptions.Section}:Enabled to false.");
        }
        var report = result.Value!;
        logger.LogInformation("Seeded demo content: {Published} published and {Drafts} draft documents in {Elapsed} ms.",
            report.Published, report.Drafts, (long)report.Elapsed.TotalMilliseconds);
    }
}
