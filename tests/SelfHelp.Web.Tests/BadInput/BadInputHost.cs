using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Persistence;
using SelfHelp.Web.Tests.Forms;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.BadInput;

/// <summary>The forms host as production runs it: no Development exception page, so answers are what the public sees.</summary>
public sealed class BadInputHost : FormsHost
{
    protected override void Setup(SiteSetup site)
    {
        base.Setup(site);
        site.Environment = "Production";
        // The content root is a temp folder without appsettings.json: switch on what the shipped settings switch on.
        site.WithPublicDeliveryApi().With("Umbraco:CMS:DeliveryApi:ApiKey", "delivery-preview-key-0123456789");
    }

    public async Task<Guid> FormKeyAsync(string alias) => (await Services.GetRequiredService<IFormService>().GetAsync(alias))!.Key;

    /// <summary>Every stored entry, of every form: what a rejected request must leave unchanged.</summary>
    public async Task<int> EntryCountAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<SelfHelpDbContext>>().CreateDbContextAsync();
        return await db.FormEntries.CountAsync();
    }
}
