using SelfHelp.Web.ManagementApi.Security;
using SelfHelp.Web.Security;
using static SelfHelp.Web.Tests.Security.PermissionMatrixTests;

namespace SelfHelp.Web.Tests.Security;

/// <summary>The permission matrix rows of the Forms section (<c>ManagementApi/Forms</c>) and the Content dashboard (<c>ManagementApi/Dashboard</c>).</summary>
internal static class PermissionMatrixFormsSectionRows
{
    private const string V1 = "/umbraco/management/api/v1";
    private static readonly Guid Missing = Guid.Parse("00000000-0000-4000-8000-00000000beef");

    // Columns:                                                       anon  none  viewer sensit moder  dpo  editor writer transl admin
    internal static Row[] All =>
    [
        // Forms with entry counts only: the Forms section, whoever in it may see entries or not.
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/selfhelp-forms/form", _ => Get($"{V1}/selfhelp-forms/form"), 200,
            StaffRoles.EntryViewer, StaffRoles.EntryModerator, StaffRoles.DataProtectionOfficer, BackOfficeUserGroups.Editor),
        // Approving is moderating an entry: the Forms section and the moderators' policy.
        new Row($"POST {V1}/selfhelp-forms/entry/{{id:guid}}/approve-into-draft", _ => Post($"{V1}/selfhelp-forms/entry/{Missing}/approve-into-draft", new { }), true,
                                                                         [401, 403, 403, 403, 404, 403, 403, 403, 403, 404]),
        // Counts and document names, no one's details: the Content section.
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/selfhelp-dashboard/attention", _ => Get($"{V1}/selfhelp-dashboard/attention"), 200,
            BackOfficeUserGroups.Editor, BackOfficeUserGroups.Writer, BackOfficeUserGroups.Translator),
    ];
}
