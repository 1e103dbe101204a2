using System.Net;
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

        // Its own content root, as another server (or the same one after a restart from a new folder) would have.
        await using var second = new SecurityHost { SharesDatabaseWith = first };
        await second.InitializeAsync();
        var client = second.Client();
        client.DefaultRequestHeaders.Authorization = SecurityHost.Bearer(token);
        var records = await client.GetAsync("/umbraco/forms/management/api/v1/records/volunteers");

        Assert.Equal(HttpStatusCode.OK, records.StatusCode);
    }
}
