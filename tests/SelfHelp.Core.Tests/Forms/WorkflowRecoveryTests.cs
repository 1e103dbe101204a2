using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SelfHelp.Core.Forms;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Email;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Forms.Workflows;
using SelfHelp.Core.Persistence;
using Microsoft.Extensions.Options;

namespace SelfHelp.Core.Tests.Forms;

/// <summary>
/// Workflows after a crash: each job's side effects happen once however often it is re-run, a dead worker's job is
/// taken over as soon as its short claim runs out, and what is kept of an error names no one.
/// </summary>
public sealed class WorkflowRecoveryTests : IAsyncLifetime
{
    private readonly HeldEmailSender _held = new();
    private readonly LogCapture _logs = new();
    private FormsEngine _forms = null!;

    public async Task InitializeAsync() => _forms = await FormsEngine.StartAsync(services: services =>
    {
        services.AddSingleton(_held);
        services.AddSingleton<MailKitEmailSender>();
        services.AddSingleton<IEmailSender>(sp => _held.Wrapping(sp.GetRequiredService<MailKitEmailSender>()));
        services.AddSingleton<ILoggerProvider>(_logs);
    });

    public async Task DisposeAsync() => await _forms.DisposeAsync();

    [Fact]
    public async Task An_email_job_run_again_after_a_crash_is_not_sent_again_and_its_Message_ID_comes_from_the_job()
    {
        var entry = await _forms.SubmitValidAsync("requestSupport", FormValues.Support());
        await _forms.Runner.RunDueAsync();
        await ForgetThatJobsFinishedAsync(entry.Id);

        await _forms.Runner.RunDueAsync();

        var email = Assert.Single(await _forms.Smtp.WaitForAsync(1));
        var job = Assert.Single(await _forms.Entries.GetWorkflowsAsync(entry.Id), w => w.Name == "Tell the volunteer coordinators");
        Assert.Equal($"{job.Id:N}.email@selfhelp.example", email.MessageId);
        Assert.Equal(WorkflowJobStatus.Succeeded, job.Status);
    }

    [Fact]
    public async Task A_relayed_message_run_again_after_a_crash_between_the_send_and_its_record_goes_once()
    {
        var entry = await _forms.SubmitValidAsync("contactGroup", FormValues.Contact("Can I join your next meeting?"), page: _forms.Group.Key);
        await _forms.Runner.RunDueAsync();
        await ForgetThatJobsFinishedAsync(entry.Id, db => db.RelayedMessages.Where(m => m.EntryId == entry.Id).ExecuteDeleteAsync());

        await _forms.Runner.RunDueAsync();

        Assert.Single(await _forms.Smtp.WaitForAsync(1));
        Assert.Single((await _forms.Records.GetRelayedMessagesAsync()).Items);
    }

    [Fact]
    public async Task A_draft_group_run_again_after_a_crash_between_the_save_and_its_audit_line_is_found_not_made_twice()
    {
        var entry = await _forms.SubmitValidAsync("listYourGroup", FormValues.Group());
        await _forms.Entries.SetStateAsync(entry.Id, FormEntryState.Approved, "moderator@selfhelp.example");
        await _forms.Runner.RunDueAsync();
        await ForgetThatJobsFinishedAsync(entry.Id, db => db.FormEntryAudit.Where(a => a.EntryId == entry.Id && a.Action == "content saved").ExecuteDeleteAsync());

        await _forms.Runner.RunDueAsync();

        var groups = await _forms.Engine.Content.GetChildrenAsync(_forms.GroupDirectory.Id);
        Assert.Single(groups, g => g.Key != _forms.Group.Key);
    }

    [Fact]
    public async Task A_job_whose_worker_died_mid_send_is_taken_over_once_its_short_claim_runs_out_and_sent_once()
    {
        var entry = await _forms.SubmitValidAsync("requestSupport", FormValues.Support());
        using var dies = new CancellationTokenSource();
        _held.HoldNext();
        var dying = _forms.Runner.RunDueAsync(dies.Token);
        await _held.Sending.WaitAsync(Patience);
        await dies.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dying.WaitAsync(Patience));

        Assert.Equal(0, await _forms.Runner.RunDueAsync());
        _forms.Engine.Clock.Advance(Lease + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await _forms.Runner.RunDueAsync());

        Assert.Single(await _forms.Smtp.WaitForAsync(1));
        Assert.Equal(WorkflowJobStatus.Succeeded, Assert.Single(await _forms.Entries.GetWorkflowsAsync(entry.Id), w => w.Name == "Tell the volunteer coordinators").Status);
    }

    [Fact]
    public async Task A_running_job_renews_its_claim_on_a_heartbeat_so_no_other_worker_takes_it_while_it_runs()
    {
        var entry = await _forms.SubmitValidAsync("requestSupport", FormValues.Support());
        var leases = _forms.Services.GetRequiredService<WorkflowLeases>();
        _held.HoldNext();
        var running = _forms.Runner.RunDueAsync();
        await _held.Sending.WaitAsync(Patience);

        for (var beat = 0; beat < 4; beat++)
        {
            var renewed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void OnRenewed(Guid _) => renewed.TrySetResult();
            leases.Renewed += OnRenewed;
            _forms.Engine.Clock.Advance(Lease / 3);
            await renewed.Task.WaitAsync(Patience);
            leases.Renewed -= OnRenewed;
        }
        Assert.Equal(0, await _forms.Runner.RunDueAsync());

        _held.Release();
        await running.WaitAsync(Patience);
        Assert.Single(await _forms.Smtp.WaitForAsync(1));
        Assert.Equal(WorkflowJobStatus.Succeeded, Assert.Single(await _forms.Entries.GetWorkflowsAsync(entry.Id), w => w.Name == "Tell the volunteer coordinators").Status);
    }

    [Fact]
    public async Task A_webhook_sent_again_by_a_retry_or_a_re_run_after_a_crash_carries_the_same_Idempotency_Key_the_job_gives_it()
    {
        await using var receiver = new LoopbackWebhookReceiver();
        var forms = _forms.Services.GetRequiredService<IFormService>();
        var form = (await forms.GetAsync("requestSupport"))!;
        form.Workflows.Add(new FormWorkflow
        {
            Id = Guid.NewGuid(), Name = "Tell the case system", WorkflowTypeId = FormWorkflowTypeIds.SendFormToUrl, SortOrder = 100,
            Settings = new() { ["Url"] = receiver.Url, ["Method"] = "POST" },
        });
        await forms.SaveAsync(form);
        var entry = await _forms.SubmitValidAsync("requestSupport", FormValues.Support());
        var other = await _forms.SubmitValidAsync("requestSupport", FormValues.Support());
        receiver.AnswerNext(HttpStatusCode.ServiceUnavailable);

        await _forms.Runner.RunDueAsync();
        _forms.Engine.Clock.Advance(TimeSpan.FromHours(1));
        await _forms.Runner.RunDueAsync();
        var job = Assert.Single(await _forms.Entries.GetWorkflowsAsync(entry.Id), w => w.Name == "Tell the case system");
        Assert.Equal(WorkflowJobStatus.Succeeded, job.Status);
        // A crash after the receiver answered but before the delivery was recorded: the job runs again and sends again.
        await ForgetThatJobsFinishedAsync(entry.Id, db => db.WorkflowEffects.Where(e => e.JobId == job.Id).ExecuteDeleteAsync());
        await _forms.Runner.RunDueAsync();

        var otherJob = Assert.Single(await _forms.Entries.GetWorkflowsAsync(other.Id), w => w.Name == "Tell the case system");
        var keys = receiver.Requests.Select(r => r[WebhookIdempotencyHeader]).ToList();
        Assert.Equal(4, keys.Count);
        Assert.Equal(3, keys.Count(k => k == job.Id.ToString()));
        Assert.Equal(1, keys.Count(k => k == otherJob.Id.ToString()));
    }

    [Fact]
    public async Task An_SMTP_error_quoting_an_address_is_kept_and_logged_without_the_address()
    {
        var entry = await _forms.SubmitValidAsync("requestSupport", FormValues.Support());
        _forms.Smtp.RejectRecipientsNext(1);

        await _forms.Runner.RunDueAsync();

        var job = Assert.Single(await _forms.Entries.GetWorkflowsAsync(entry.Id), w => w.Name == "Tell the volunteer coordinators");
        Assert.Contains("[address]", job.LastError);
        await using var db = _forms.Services.GetRequiredService<IDbContextFactory<SelfHelpDbContext>>().CreateDbContext();
        var kept = new List<string?> { job.LastError };
        kept.AddRange(await db.FormWorkflowAttempts.Where(a => a.EntryId == entry.Id).Select(a => a.Message).ToListAsync());
        kept.AddRange(await db.FormEntryAudit.Where(a => a.EntryId == entry.Id).Select(a => a.Detail).ToListAsync());
        kept.AddRange(_logs.Messages);
        Assert.Contains(_logs.Messages, m => m.Contains(entry.Id.ToString()) && m.Contains("[address]"));
        Assert.DoesNotContain(kept, text => text is not null && (text.Contains("volunteers@selfhelp.example") || text.Contains("@example.com")));
    }

    // Long enough for a slow shared machine; a wait that outlasts it is a bug, reported as a failure rather than a hang.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private const string WebhookIdempotencyHeader = "Idempotency-Key";

    private TimeSpan Lease => _forms.Services.GetRequiredService<IOptions<SelfHelpFormsOptions>>().Value.WorkflowLease;

    // What a crash after the side effects but before the job rows were updated leaves: the entry's jobs pending again.
    private async Task ForgetThatJobsFinishedAsync(Guid entryId, Func<SelfHelpDbContext, Task<int>>? alsoLost = null)
    {
        await using var db = _forms.Services.GetRequiredService<IDbContextFactory<SelfHelpDbContext>>().CreateDbContext();
        var now = _forms.Engine.Clock.GetUtcNow().UtcDateTime;
        await db.FormWorkflowJobs.Where(j => j.EntryId == entryId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, WorkflowJobStatus.Pending).SetProperty(j => j.CompletedUtc, (DateTime?)null)
            .SetProperty(j => j.LockedUntilUtc, (DateTime?)null).SetProperty(j => j.NextAttemptUtc, now));
        if (alsoLost is not null)
        {
            await alsoLost(db);
        }
    }

    /// <summary>Sends through the real sender, but can hold the next send until released (or until its worker is cancelled).</summary>
    private sealed class HeldEmailSender
    {
        private readonly TaskCompletionSource _sending = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private TaskCompletionSource? _holdNext;
        private TaskCompletionSource? _holding;

        public Task Sending => _sending.Task;

        public void HoldNext() => _holdNext = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Releases the send being held: the sender took the hold out of _holdNext, so it is kept apart to be found here.
        public void Release() => _holding?.TrySetResult();

        public IEmailSender Wrapping(IEmailSender inner) => new Sender(this, inner);

        private sealed class Sender(HeldEmailSender held, IEmailSender inner) : IEmailSender
        {
            public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
            {
                if (Interlocked.Exchange(ref held._holdNext, null) is { } release)
                {
                    held._holding = release;
                    held._sending.TrySetResult();
                    await release.Task.WaitAsync(cancellationToken);
                }
                await inner.SendAsync(message, cancellationToken);
            }
        }
    }

    /// <summary>Every log line written, formatted, so a test can look for what must never be logged.</summary>
    private sealed class LogCapture : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _messages = new();

        public IReadOnlyList<string> Messages => _messages.ToList();

        public ILogger CreateLogger(string categoryName) => new Logger(_messages);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception) + (exception is null ? "" : $" {exception}"));
        }
    }
}
