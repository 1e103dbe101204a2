using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace SelfHelp.Web.Security;

/// <summary>
/// Staff roles (carried as role claims in the token) and the policy each action checks. Each role is a back office
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
            .AddAuthenticationSchemes(IdentityConstants.BearerScheme)
            .RequireAuthenticatedUser()
            .RequireRole([StaffRoles.Admin, .. roles]));
        Policy(ViewEntries, StaffRoles.EntryViewer, StaffRoles.SensitiveDataViewer, StaffRoles.EntryModerator, StaffRoles.DataProtectionOfficer);
        Policy(ViewSensitiveData, StaffRoles.SensitiveDataViewer);
        Policy(ModerateEntries, StaffRoles.EntryModerator);
        Policy(ManagePersonalData, StaffRoles.DataProtectionOfficer);
    }
}
