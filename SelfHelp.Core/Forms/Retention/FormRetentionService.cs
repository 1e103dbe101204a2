using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SelfHelp.Core.Forms.Retention;

/// <summary>
/// The scheduled deletion job (<c>Umbraco:Forms:Options:ScheduledRecordDeletion</c>): when enabled, first at
/// FirstRunTime (UTC, or at start-up when empty), then every Period.
/// </summary>
internal sealed class FormRetentionService(IServiceProvider services, TimeProvider clock, IOptions<FormsOptions> options, ILogger<FormRetentionService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = options.Value.ScheduledRecordDeletion;
        if (!schedule.Enabled)
        {
            return;
        }
        await Task.Delay(FirstDelay(schedule.FirstRunTime), clock, stoppingToken);
        using var timer = new PeriodicTimer(schedule.Period, clock);
        do
        {
            try
            {
                await services.GetRequiredService<IFormRetention>().DeleteExpiredAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Deleting expired form entries failed; the job tries again at its next run.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private TimeSpan FirstDelay(string firstRunTime)
    {
        if (!TimeOnly.TryParseExact(firstRunTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            return TimeSpan.Zero;
        }
        var now = clock.GetUtcNow();
        var next = new DateTimeOffset(DateOnly.FromDateTime(now.UtcDateTime), at, TimeSpan.Zero);
        return (next > now ? next : next.AddDays(1)) - now;
    }
}
