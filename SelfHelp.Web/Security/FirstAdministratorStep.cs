using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.Startup;
using Umbraco.Cms.Core.Configuration.Models;

namespace SelfHelp.Web.Security;

/// <summary>
/// Makes the first administrator when there is none. With Umbraco's unattended install
/// (<c>Umbraco:CMS:Unattended:InstallUnattended</c> and the user's name, email and password, given through the
/// environment) that account is created. Otherwise, in Development only, an account <c>admin@localhost</c> gets a
/// random password that is written once to the console and to <c>App_Data/first-administrator.txt</c>, and never
/// to the log. Outside Development with neither, nobody can sign in until the unattended settings are given.
/// </summary>
internal sealed class FirstAdministratorStep(
    IServiceProvider services, IOptions<UnattendedSettings> unattended, IOptions<DatabaseOptions> database,
    IHostEnvironment environment, ILogger<FirstAdministratorStep> logger) : IStartupStep
{
    public const string DevelopmentEmail = "admin@localhost";
    public const string DevelopmentPasswordFile = "first-administrator.txt";

    public int Order => StartupOrder.Database + 11;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if ((await users.GetUsersInRoleAsync(StaffRoles.Admin)).Count > 0)
        {
            return;
        }
        var settings = unattended.Value;
        if (settings is { InstallUnattended: true, UnattendedUserEmail.Length: > 0, UnattendedUserPassword.Length: > 0 })
        {
            await CreateAsync(users, settings.UnattendedUserEmail, settings.UnattendedUserPassword, settings.UnattendedUserName);
            logger.LogInformation("Created the first administrator from the unattended-install settings.");
        }
        else if (environment.IsDevelopment())
        {
            var password = RandomPassword();
            await CreateAsync(users, DevelopmentEmail, password, "Administrator");
            var file = Path.Combine(environment.ContentRootPath, database.Value.DataDirectory, DevelopmentPasswordFile);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllTextAsync(file, $"{DevelopmentEmail}\n{password}\n", cancellationToken);
            // The console on purpose, not the log: log sinks keep and ship what they are given.
            Console.WriteLine($"First administrator for this Development database: {DevelopmentEmail} / {password} (also in {file}; shown only this once).");
        }
        else
        {
            logger.LogWarning("There is no administrator. Set Umbraco:CMS:Unattended:InstallUnattended, UnattendedUserName, UnattendedUserEmail and UnattendedUserPassword in the environment and restart.");
        }
    }

    private static async Task CreateAsync(UserManager<IdentityUser> users, string email, string password, string? name)
    {
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"The first administrator could not be created: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }
        await users.AddToRoleAsync(user, StaffRoles.Admin);
        if (!string.IsNullOrWhiteSpace(name))
        {
            await users.AddClaimAsync(user, new Claim(ClaimTypes.GivenName, name));
        }
    }

    /// <summary>24 random characters from four classes, so Identity's password rules always pass.</summary>
    private static string RandomPassword() =>
        RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ", 6) + RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyz", 6)
        + RandomNumberGenerator.GetString("23456789", 6) + RandomNumberGenerator.GetString("-_.!@#%+=", 6);
}
