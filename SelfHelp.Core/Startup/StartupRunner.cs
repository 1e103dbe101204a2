using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SelfHelp.Core.Startup;

/// <summary>Runs the start-up steps in order before the host starts listening.</summary>
internal sealed class StartupRunner(IEnumerable<IStartupStep> steps, ILogger<StartupRunner> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var step in steps.OrderBy(s => s.Order))
        {
            logger.LogInformation("Start-up: {Step}", step.GetType().Name);
            await step.RunAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
