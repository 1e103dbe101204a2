using SelfHelp.Core.Journal;
using SelfHelp.Core.Startup;

namespace SelfHelp.Core.PublishedCache;

/// <summary>Loads everything published into memory before the first request, from the journal's head on.</summary>
internal sealed class PublishedCacheStep(JournalApplier applier) : IStartupStep
{
    public int Order => StartupOrder.PublishedCache;

    public Task RunAsync(CancellationToken cancellationToken) => applier.StartAsync(cancellationToken);
}
