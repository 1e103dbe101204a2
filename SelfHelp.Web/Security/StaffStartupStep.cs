using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Startup;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.Security;

/// <summary>Brings the staff tables (accounts, user groups and the Data Protection key ring) up to date, makes the staff API's roles and seeds the back office's user groups (each with its role).</summary>
internal sealed class StaffStartupStep(IServiceProvider services) : IStartupStep
{
    public int Order => StartupOrder.Database + 10;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<StaffDbContext>().Database.MigrateAsync(cancellationToken);
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
        await scope.ServiceProvider.GetRequiredService<UserGroupStore>().SeedAsync(cancellationToken);
    }
}
