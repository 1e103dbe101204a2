using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SelfHelp.Core.Publishing;

/// <summary>How often scheduled publishing looks for due entries (Umbraco checks once a minute).</summary>
public sealed class ScheduledPublishingOptions
{
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(60);
}

/// <summary>The background job that runs scheduled publishes and unpublishes.</summary>
internal sealed class ScheduledPublishingService(
    IServiceProvider services, TimeProvider clock, IOptions<ScheduledPublishingOptions> options, ILogger<ScheduledPublishingService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                await services.GetRequiredService<IScheduledPublisher>().RunDueAsync(clock.GetUtcNow().UtcDateTime, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Scheduled publishing failed; it will try again at the next interval.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
