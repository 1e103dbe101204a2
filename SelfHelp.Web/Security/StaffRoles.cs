using Microsoft.AspNetCore.Authorization;
using SelfHelp.Web.ManagementApi.Security;
using SelfHelp.Web.Security.OAuth;

namespace SelfHelp.Web.Security;

/// <summary>
/// Staff roles (Identity roles, read from the database on each request rather than from the token) and the policy each action checks. Each role is a back office
/// user group (<c>ManagementApi/Security/BackOfficeUserGroups</c>): Admin is Umbraco's Administrators (<c>admin</c>),
/// SensitiveDataViewer its Sensitive data group (<c>sensitiveData</c>). A signed-in staff member
/// with none of these sees no entries: personal data needs EntryViewer, sensitive fields SensitiveDataViewer
/// (Umbraco Forms' "Sensitive data" group), state changes EntryModerator, export and erasure DataProtectionOfficer.
/// </summary>
public static class StaffRoles
{
    public const string Admin = "admin";
    public const string EntryViewer = "EntryViewer";
    public const string SensitiveDataViewer = "sensitiveData";
    public const string EntryModerator = "EntryModerator";
    public const string DataProtectionOfficer = "DataProtectionOfficer";

    public static IReadOnlyList<string> All { get; } = [Admin, EntryViewer, SensitiveDataViewer, EntryModerator, DataProtectionOfficer];
}

/// <summary>The authorization policies of the staff API, one per kind of action.</summary>
public static class StaffPolicies
{
    public const string ViewEntries = "Forms.ViewEntries";
    public const string ViewSensitiveData = "Forms.ViewSensitiveData";
    public const string ModerateEntries = "Forms.ModerateEntries";
    public const string ManagePersonalData = "Forms.ManagePersonalData";

    public static void Add(AuthorizationOptions options)
    {
        void Policy(string name, params string[] roles) => options.AddPolicy(name, p => p
            .AddAuthenticationSchemes(BackOfficeOAuth.TokenScheme)
            .RequireAuthenticatedUser()
            .AddRequirements(new StaffGroupRequirement([StaffRoles.Admin, .. roles])));
        Policy(ViewEntries, StaffRoles.EntryViewer, StaffRoles.SensitiveDataViewer, StaffRoles.EntryModerator, StaffRoles.DataProtectionOfficer);
        Policy(ViewSensitiveData, StaffRoles.SensitiveDataViewer);
        Policy(ModerateEntries, StaffRoles.EntryModerator);
        Policy(ManagePersonalData, StaffRoles.DataProtectionOfficer);
    }
}

/// <summary>A signed-in staff member in any of <see cref="Groups"/>, as the database says now (a removed group counts at once).</summary>
internal sealed record StaffGroupRequirement(IReadOnlyList<string> Groups) : IAuthorizationRequirement;

// A singleton like the section handler: the request's own scope gives the user accessor.
internal sealed class StaffGroupRequirementHandler(IHttpContextAccessor http) : AuthorizationHandler<StaffGroupRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, StaffGroupRequirement requirement)
    {
        if (http.HttpContext is { } request
            && await request.RequestServices.GetRequiredService<IBackOfficeUserAccessor>().GetCurrentAsync(request) is { } user
            && requirement.Groups.Any(user.UserGroupAliases.Contains))
        {
            context.Succeed(requirement);
        }
    }
}
