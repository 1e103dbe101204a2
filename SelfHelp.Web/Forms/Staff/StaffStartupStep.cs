using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Startup;

namespace SelfHelp.Web.Forms.Staff;

/// <summary>The first administrator for local runs (<c>SelfHelp:Staff:Admin</c>): created with the Admin role when both are set.</summary>
public sealed class StaffAdminOptions
{
    public const string SectionName = "SelfHelp:Staff:Admin";
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
}

/// <summary>Brings the staff tables up to date, makes the roles, and the first administrator from configuration.</summary>
internal sealed class StaffStartupStep(IServiceProvider services, Microsoft.Extensions.Options.IOptions<StaffAdminOptions> admin, ILogger<StaffStartupStep> logger) : IStartupStep
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
        var (email, password) = (admin.Value.Email, admin.Value.Password);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (email.Length == 0 || password.Length == 0 || await users.FindByEmailAsync(email) is not null)
        {
            return;
        }
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"The first administrator ({StaffAdminOptions.SectionName}) could not be created: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }
        await users.AddToRoleAsync(user, StaffRoles.Admin);
        logger.LogInformation("Created the first administrator, {Email}.", email);
    }
}
