using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Startup;
using SelfHelp.Web.Security.Login;
using SelfHelp.Web.Security.OAuth;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Configuration.Models.Validation;

namespace SelfHelp.Web.Security;

/// <summary>Registers staff sign-in (Identity accounts and roles, the back office session and OAuth server, policies, login limits), the Data Protection key ring in the database and the first administrator.</summary>
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
        services.AddAuthentication()
            .AddCookie(IdentityConstants.ApplicationScheme, BackOfficeSession.Configure)
            .AddCookie(IdentityConstants.TwoFactorUserIdScheme, BackOfficeSession.ConfigureTwoFactor)
            // Never written (no "remember this browser"), but Identity reads it before asking for a code.
            .AddCookie(IdentityConstants.TwoFactorRememberMeScheme, BackOfficeSession.ConfigureTwoFactor);
        services.AddBackOfficeOAuth(builder.Environment);
        services.AddSignInPages();
        services.AddHttpContextAccessor();
        services.AddSingleton<IAuthorizationHandler, StaffGroupRequirementHandler>();
        services.AddAuthorization(StaffPolicies.Add);
        services.AddSingleton<LoginRateLimits>();
        services.AddRateLimiter(LoginRateLimits.AddPerAddressPolicy);
        services.AddOpenApi(ManagementApiOpenApi.DocumentName, ManagementApiOpenApi.Configure);
        services.AddSingleton<IStartupStep, StaffStartupStep>();
        services.AddSingleton<IStartupStep, FirstAdministratorStep>();
        return builder;
    }

    /// <summary>Registers the back office client for the request's origin before OpenIddict reads sign-in requests; call before UseAuthentication.</summary>
    public static WebApplication UseBackOfficeSignIn(this WebApplication app)
    {
        BackOfficeClientRegistration.UseBackOfficeClientRegistration(app);
        return app;
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
