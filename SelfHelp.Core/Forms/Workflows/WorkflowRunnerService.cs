using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SelfHelp.Core.Forms.Workflows;

/// <summary>
/// The background job that works through the workflow outbox: woken by each stored entry, when the next retry is due
/// or a dead worker's claim runs out, and at least every poll interval (for work queued by another node).
/// </summary>
internal sealed class WorkflowRunnerService(
    IServiceProvider services, WorkflowQueue queue, TimeProvider clock, IOptions<SelfHelpFormsOptions> options, ILogger<WorkflowRunnerService> logger)
    : BackgroundService
{
    /// <summary>Logged each time the outbox drains (and once at start when nothing waits): operators see a backlog cleared, tests see the end of work.</summary>
    internal const string OutboxEmptyMessage = "The form workflow outbox is empty: every queued job has finished.";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunWorkflows)
        {
            return;
        }
        var runner = services.GetRequiredService<IFormWorkflowRunner>();
        var reportedEmpty = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.Value.WorkflowPollInterval;
            try
            {
                var attempts = await runner.RunDueAsync(stoppingToken);
                if (await runner.NextDueAsync(stoppingToken) is { } next)
                {
                    reportedEmpty = false;
                    var untilNext = next - clock.GetUtcNow().UtcDateTime + TimeSpan.FromMilliseconds(50);
                    wait = untilNext < wait ? (untilNext > TimeSpan.Zero ? untilNext : TimeSpan.FromMilliseconds(50)) : wait;
                }
                else if (attempts > 0 || !reportedEmpty)
                {
                    logger.LogInformation(OutboxEmptyMessage);
                    reportedEmpty = true;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The exception's own text may quote an address (a database or SMTP error): only its redacted form is logged.
                logger.LogError("The form workflow runner failed ({Error}); it will try again.\n{StackTrace}", WorkflowErrorText.Describe(ex), ex.StackTrace);
            }
            await queue.WaitAsync(wait, clock, stoppingToken);
        }
    }
}
