using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Forms.Workflows;
using SelfHelp.Core.Persistence;
using SelfHelp.Testing;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.Privacy.NeverPublic;

/// <summary>
/// The shipped site of <see cref="PrivacySiteHost"/> with its forms taking entries: email to a loopback SMTP server,
/// the workflows' recipients set, and the workflows run by the test, so it knows when every one has finished.
/// </summary>
public sealed class FormsPrivacySiteHost : PrivacySiteHost
{
    public FormsPrivacySiteHost() => Smtp = Owned(new LoopbackSmtpServer());

    public LoopbackSmtpServer Smtp { get; }

    protected override void Setup(SiteSetup site)
    {
        base.Setup(site);
        site.WithSmtp(Smtp)
            .WithForms("never-public-forms-api-key-0123456789", permitLimit: 1000)
            .With("SelfHelp:Forms:RunWorkflows", "false");
    }

    /// <summary>Runs every workflow job queued so far to its end, and fails the test unless each one succeeded.</summary>
    public async Task RunWorkflowsAsync()
    {
        await Services.GetRequiredService<IFormWorkflowRunner>().RunDueAsync();
        await using var db = await Services.GetRequiredService<IDbContextFactory<SelfHelpDbContext>>().CreateDbContextAsync();
        var unfinished = await db.FormWorkflowJobs.AsNoTracking()
            .Where(j => j.Status != WorkflowJobStatus.Succeeded)
            .Select(j => j.WorkflowName + ": " + j.Status + " " + j.LastError)
            .ToListAsync();
        Assert.Empty(unfinished);
    }
}
