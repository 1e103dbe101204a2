using SelfHelp.Core.Startup;

namespace SelfHelp.Core.PublishedCache;

/// <summary>Loads everything published into memory before the first request.</summary>
internal sealed class PublishedCacheStep(IPublishedContentCache cache) : IStartupStep
{
    public int Order => StartupOrder.PublishedCache;

    public Task RunAsync(CancellationToken cancellationToken) => cache.RebuildAsync(cancellationToken);
}
