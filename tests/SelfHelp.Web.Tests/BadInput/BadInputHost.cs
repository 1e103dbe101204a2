using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Persistence;
using SelfHelp.Web.Tests.Forms;

namespace SelfHelp.Web.Tests.BadInput;

/// <summary>The forms host as production runs it: no Development exception page, so answers are what the public sees.</summary>
public sealed class BadInputHost : FormsHost
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        // The content root is a temp folder without appsettings.json: switch on what the shipped settings switch on.
        builder.UseSetting("Umbraco:CMS:DeliveryApi:Enabled", "true");
        builder.UseSetting("Umbraco:CMS:DeliveryApi:PublicAccess", "true");
        builder.UseSetting("Umbraco:CMS:DeliveryApi:ApiKey", "delivery-preview-key-0123456789");
        builder.UseSetting("Umbraco:CMS:DeliveryApi:Media:Enabled", "true");
        builder.UseSetting("Umbraco:CMS:DeliveryApi:Media:PublicAccess", "true");
    }

    public async Task<Guid> FormKeyAsync(string alias) => (await Services.GetRequiredService<IFormService>().GetAsync(alias))!.Key;

    /// <summary>Every stored entry, of every form: what a rejected request must leave unchanged.</summary>
    public async Task<int> EntryCountAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<SelfHelpDbContext>>().CreateDbContextAsync();
        return await db.FormEntries.CountAsync();
    }
}
