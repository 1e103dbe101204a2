using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Forms.Workflows;
using SelfHelp.Core.Persistence;
using SelfHelp.Testing;
using Xunit.Abstractions;

namespace SelfHelp.Web.Tests.Crash;

/// <summary>
/// The real site killed with SIGKILL in the middle of a burst of form posts and started again on the same files:
/// every entry it answered 202 is stored exactly once and its email workflow ran exactly once.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output)
{
    private const int Posts = 200;
    private const int Concurrency = 16;
    private const int KillAfter = 60;
    // requestSupport, as shipped in uSync/v17/Forms/requestsupport.config: a support-request record, then an email.
    private static readonly Guid RequestSupport = Guid.Parse("571319be-77fa-5de1-8ba2-11fd0ae4306c");
    private const string EmailWorkflow = "Tell the volunteer coordinators";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [SkippableTheory]
    [InlineData(DatabaseOptions.SqliteProvider)]
    [InlineData(DatabaseOptions.PostgreSqlProvider)]
    public async Task Every_entry_answered_202_before_a_SIGKILL_is_stored_once_and_its_one_email_arrives_after_the_restart(string provider)
    {
        await using var smtp = new LoopbackSmtpServer();
        await using var site = CrashSite.Create(provider, smtp.Port);
        await site.StartAsync(Patience);

        var acknowledged = await PostUntilKilledAsync(site);
        await site.StartAsync(Patience);
        await site.WaitForEmptyOutboxAsync(Patience);

        await using var db = site.Database();
        var entries = await db.FormEntries.AsNoTracking().Where(e => e.FormKey == RequestSupport).Select(e => new { e.Id, e.ValuesJson }).ToListAsync();
        var jobs = await db.FormWorkflowJobs.AsNoTracking().Where(j => j.WorkflowName == EmailWorkflow).ToListAsync();
        var messageIds = smtp.Messages.Select(m => m.MessageId).ToList();
        output.WriteLine($"{provider}: {Posts} posted, {acknowledged.Count} acknowledged (202), {entries.Count} entries found, {messageIds.Count} emails ({messageIds.Distinct().Count()} distinct Message-IDs)");

        // Every email is the email of a stored entry's job: a crash in the instant between the SMTP server's acceptance
        // and our record of it sends that one message again, with the same Message-ID, so the recipient's mail system
        // sees one message; nothing else is ever sent twice.
        var jobMessageIds = jobs.Select(j => $"{j.Id:N}.email@selfhelp.example").ToHashSet();
        Assert.All(messageIds, id => Assert.True(id is not null && jobMessageIds.Contains(id), $"{id} is no stored entry's email."));
        for (var i = 0; i < Posts; i++)
        {
            var stored = entries.Where(e => e.ValuesJson.Contains(Address(i))).ToList();
            Assert.True(stored.Count <= 1, $"Post {i} is stored {stored.Count} times.");
            if (!acknowledged.Contains(i))
            {
                continue;
            }
            var entry = Assert.Single(stored);
            var job = Assert.Single(jobs, j => j.EntryId == entry.Id);
            Assert.Equal(WorkflowJobStatus.Succeeded, job.Status);
            Assert.Contains($"{job.Id:N}.email@selfhelp.example", messageIds);
        }
    }

    // Posts the burst concurrently and kills the site once KillAfter posts were answered 202; returns which were.
    private static async Task<HashSet<int>> PostUntilKilledAsync(CrashSite site)
    {
        var acknowledged = new ConcurrentDictionary<int, bool>();
        var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var client = new HttpClient { BaseAddress = site.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("Api-Key", CrashSite.ApiKey);
        var killed = Task.Run(async () =>
        {
            await enough.Task.WaitAsync(Patience);
            await site.KillAsync();
        });
        await Parallel.ForAsync(0, Posts, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (i, ct) =>
        {
            try
            {
                using var response = await client.PostAsJsonAsync($"/umbraco/forms/delivery/api/v1/entries/{RequestSupport}", Answers(i), ct);
                if (response.StatusCode == HttpStatusCode.Accepted && acknowledged.TryAdd(i, true) && acknowledged.Count >= KillAfter)
                {
                    enough.TrySetResult();
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // The site is gone: this post was never acknowledged, so nothing is promised about it.
            }
        });
        await killed;
        return [.. acknowledged.Keys];
    }

    private static string Address(int i) => $"crash.{i:D4}@example.com";

    private static object Answers(int i) => new
    {
        values = new Dictionary<string, object>
        {
            ["groupName"] = "Kwun Tong Stroke Survivors", ["contactName"] = "Cheung Mo Yee", ["email"] = Address(i), ["district"] = "kwunTong",
            ["skills"] = new[] { "administration" }, ["need"] = "Help with our accounts.", ["urgency"] = "low", ["dataConsent"] = "on",
        },
        culture = "en-US",
    };
}
