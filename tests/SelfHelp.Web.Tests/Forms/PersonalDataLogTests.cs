using SelfHelp.Web.Security;
using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SelfHelp.Core.Persistence;
using SelfHelp.Web.Forms.Staff;

namespace SelfHelp.Web.Tests.Forms;

/// <summary>The personal-data host with every log line written (Information and above, as the site is configured) kept for the test to read.</summary>
public sealed class LoggedHost : PersonalDataHost, ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(this));
    }

    ILogger ILoggerProvider.CreateLogger(string categoryName) => new Logger(categoryName, Lines);

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
            }
        }
    }
}

public sealed class PersonalDataLogTests(LoggedHost host) : IClassFixture<LoggedHost>
{
    [Fact]
    public async Task Submitting_searching_exporting_erasing_and_retention_log_ids_never_a_persons_details_and_audit_lines_hold_none()
    {
        const string email = "log.watcher+private@example.com";
        const string name = "Chan Tai Man";
        const string needs = "Recovering from surgery";
        var entry = await host.SubmitAsync("volunteerSignUp", PersonalAnswers.Volunteer(email, needs, "+852 9876 5432"));
        var dpo = await host.StaffClientAsync("dpo-logs@selfhelp.example", StaffRoles.DataProtectionOfficer, StaffRoles.EntryViewer, StaffRoles.EntryModerator);

        await dpo.GetStringAsync("/umbraco/forms/management/api/v1/forms/volunteerSignUp/entries?search=example.com");
        await dpo.GetStringAsync("/umbraco/forms/management/api/v1/forms/volunteerSignUp/entries/export");
        (await dpo.PostAsJsonAsync("/umbraco/forms/management/api/v1/personal-data/export", new { email })).EnsureSuccessStatusCode();
        var audit = await AuditDetailsAsync(entry);
        (await dpo.PostAsJsonAsync("/umbraco/forms/management/api/v1/personal-data/erase", new { phone = "98765432" })).EnsureSuccessStatusCode();
        await host.Services.GetRequiredService<SelfHelp.Core.Forms.Retention.IFormRetention>().DeleteExpiredAsync();

        var logs = string.Join("\n", host.Lines);
        Assert.NotEmpty(host.Lines);
        foreach (var personal in new[] { email, Uri.EscapeDataString(email), name, Uri.EscapeDataString(name), needs, "9876", "Tai Man" })
        {
            Assert.DoesNotContain(personal, logs, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(audit, a => a.Contains(personal, StringComparison.OrdinalIgnoreCase));
        }
        Assert.Contains(await AuditDetailsAsync(entry), a => a.StartsWith("erased", StringComparison.Ordinal));
    }

    private async Task<List<string>> AuditDetailsAsync(Guid entry)
    {
        await using var db = host.Services.GetRequiredService<IDbContextFactory<SelfHelpDbContext>>().CreateDbContext();
        return await db.FormEntryAudit.Where(a => a.EntryId == entry).Select(a => a.Action + " " + a.UserName + " " + (a.Detail ?? "")).ToListAsync();
    }
}
