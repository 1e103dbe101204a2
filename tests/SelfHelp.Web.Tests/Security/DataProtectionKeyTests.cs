using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Web.Security;

namespace SelfHelp.Web.Tests.Security;

public sealed class DataProtectionKeyTests
{
    [Fact]
    public async Task A_token_issued_by_one_node_is_accepted_by_another_node_on_the_same_database()
    {
        await using var first = new SecurityHost();
        await first.InitializeAsync();
        await first.CreateStaffAsync("viewer@selfhelp.example", StaffRoles.EntryViewer);
        var token = await SecurityHost.TokenAsync(first.Client(), "viewer@selfhelp.example", SecurityHost.Password);
        // In the database, not in ~/.aspnet/DataProtection-Keys: that folder is shared by every host of this test
        // run, so a token would pass below even without the database, but not between two servers.
        using (var scope = first.Services.CreateScope())
        {
            Assert.NotEmpty(await scope.ServiceProvider.GetRequiredService<StaffDbContext>().DataProtectionKeys.ToListAsync());
        }

        // Its own content root, as another server (or the same one after a restart from a new folder) would have.
        await using var second = new SecurityHost { SharesDatabaseWith = first };
        await second.InitializeAsync();
        var client = second.Client();
        client.DefaultRequestHeaders.Authorization = SecurityHost.Bearer(token);
        var records = await client.GetAsync("/umbraco/forms/management/api/v1/records/volunteers");

        Assert.Equal(HttpStatusCode.OK, records.StatusCode);
    }
}
