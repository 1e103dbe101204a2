using System.Net.Http.Headers;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.ManagementApi;

/// <summary>The real host with the shipped types and the demo site, and back office users signed in by user group.</summary>
public class ManagementApiHost : TempSiteHost
{
    public const string Password = "Back-office-password-1";

    protected override void Setup(SiteSetup site)
    {
        site.ShippedUSync = true;
        site.DemoContent = true;
    }

    /// <summary>
    /// A client signed in as a new back office user in <paramref name="groups"/> (user group aliases, e.g.
    /// <c>BackOfficeUserGroups.Editor</c>); every request it sends carries the user's token.
    /// </summary>
    public async Task<HttpClient> SignedInAsync(params string[] groups)
    {
        var email = $"{string.Join("-", groups.DefaultIfEmpty("nogroup")).ToLowerInvariant()}-{Guid.NewGuid():N}@selfhelp.example";
        await StaffAccounts.CreateAsync(Services, email, Password, groups);
        var client = Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await StaffAccounts.TokenAsync(client, email, Password));
        return client;
    }
}
