using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SelfHelp.Core.Forms.Workflows;

/// <summary>The background job that works through the workflow outbox: woken by each stored entry, and on a poll for retries.</summary>
internal sealed class WorkflowRunnerService(
    IServiceProvider services, WorkflowQueue queue, TimeProvider clock, IOptions<SelfHelpFormsOptions> options, ILogger<WorkflowRunnerService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunWorkflows)
        {
            return;
        }
        var runner = services.GetRequiredService<IFormWorkflowRunner>();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await runner.RunDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The form workflow runner failed; it will try again.");
            }
            await queue.WaitAsync(options.Value.WorkflowPollInterval, clock, stoppingToken);
        }
    }
}
