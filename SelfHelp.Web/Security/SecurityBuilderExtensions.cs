using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Startup;
using SelfHelp.Web.Security.Login;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Configuration.Models.Validation;

namespace SelfHelp.Web.Security;

/// <summary>Registers staff sign-in (Identity accounts and roles, bearer tokens, policies, login limits), the Data Protection key ring in the database and the first administrator.</summary>
public static class SecurityBuilderExtensions
{
    /// <summary>One name for every node, so they all read the same keys whatever folder each runs from.</summary>
    public const string DataProtectionApplicationName = "SelfHelp";

    public static IHostApplicationBuilder AddSelfHelpSecurity(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StaffLoginOptions>().Bind(builder.Configuration.GetSection(StaffLoginOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<UnattendedSettings>().Bind(builder.Configuration.GetSection(Umbraco.Cms.Core.Constants.Configuration.ConfigUnattended))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<UnattendedSettings>, UnattendedSettingsValidator>();

        services.AddStaffDbContext();
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName).PersistKeysToDbContext<StaffDbContext>();
        services.AddIdentityCore<IdentityUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Lockout.MaxFailedAccessAttempts = 5;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<StaffDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddAuthentication().AddBearerToken(IdentityConstants.BearerScheme);
        services.AddAuthorization(StaffPolicies.Add);
        services.AddSingleton<LoginRateLimits>();
        services.AddRateLimiter(LoginRateLimits.AddPerAddressPolicy);
        services.AddOpenApi(ManagementApiOpenApi.DocumentName, ManagementApiOpenApi.Configure);
        services.AddSingleton<IStartupStep, StaffStartupStep>();
        services.AddSingleton<IStartupStep, FirstAdministratorStep>();
        return builder;
    }

    /// <summary>Outside Development: HSTS on every HTTPS answer, and plain HTTP redirected to HTTPS.</summary>
    public static WebApplication UseHttpsOutsideDevelopment(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        return app;
    }
}
