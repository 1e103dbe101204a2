using System.Net.Http.Json;
using SelfHelp.Web.ManagementApi.Security;
using SelfHelp.Web.Security;
using static SelfHelp.Web.Tests.Security.PermissionMatrixTests;

namespace SelfHelp.Web.Tests.Security;

/// <summary>
/// The document operations (ManagementApi/DocumentOperations): the Content section, then the verb on the document,
/// checked after the document is found, so a missing document is a 404 for everyone with the section.
/// </summary>
internal static class PermissionMatrixDocumentOperationsRows
{
    private const string V1 = "/umbraco/management/api/v1";
    private static readonly string[] Content = [BackOfficeUserGroups.Editor, BackOfficeUserGroups.Writer, BackOfficeUserGroups.Translator];
    private static readonly string[] AnyOtherGroup = [StaffRoles.EntryViewer, StaffRoles.EntryModerator, StaffRoles.DataProtectionOfficer];

    private static HttpRequestMessage Put(string url, object? body = null) =>
        new(HttpMethod.Put, url) { Content = body is null ? null : JsonContent.Create(body) };

    internal static Row[] All =>
    [
        PermissionMatrixTests.BackOffice($"PUT {V1}/document/{{id:guid}}/move-to-recycle-bin", _ => Put($"{V1}/document/{Missing}/move-to-recycle-bin"), 404, Content),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/recycle-bin/document/root", _ => Get($"{V1}/recycle-bin/document/root"), 200, Content),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/recycle-bin/document/children", _ => Get($"{V1}/recycle-bin/document/children?parentId={Missing}"), 404, Content),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/recycle-bin/document/{{id:guid}}/original-parent", _ => Get($"{V1}/recycle-bin/document/{Missing}/original-parent"), 404, Content),
        PermissionMatrixTests.BackOffice($"PUT {V1}/recycle-bin/document/{{id:guid}}/restore", _ => Put($"{V1}/recycle-bin/document/{Missing}/restore", new { target = (object?)null }), 404, Content),
        PermissionMatrixTests.BackOffice($"DELETE {V1}/recycle-bin/document/{{id:guid}}", _ => Delete($"{V1}/recycle-bin/document/{Missing}"), 404, Content),
        // Emptying the bin needs the Delete verb over the whole tree: editors and administrators.
        PermissionMatrixTests.BackOffice($"DELETE {V1}/recycle-bin/document", _ => Delete($"{V1}/recycle-bin/document"), 200, BackOfficeUserGroups.Editor),
        PermissionMatrixTests.BackOffice($"PUT {V1}/document/{{id:guid}}/move", _ => Put($"{V1}/document/{Missing}/move", new { target = (object?)null }), 404, Content),
        PermissionMatrixTests.BackOffice($"POST {V1}/document/{{id:guid}}/copy", _ => Post($"{V1}/document/{Missing}/copy", new { target = (object?)null, relateToOriginal = false, includeDescendants = false }), 404, Content),
        PermissionMatrixTests.BackOffice($"PUT {V1}/document/sort", _ => Put($"{V1}/document/sort", new { parent = new { id = Missing }, sorting = Array.Empty<object>() }), 404, Content),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/document-version", _ => Get($"{V1}/document-version?documentId={Missing}"), 404, Content),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/document-version/{{id:guid}}", _ => Get($"{V1}/document-version/{Missing}"), 404, Content),
        PermissionMatrixTests.BackOffice($"POST {V1}/document-version/{{id:guid}}/rollback", _ => Post($"{V1}/document-version/{Missing}/rollback", new { }), 404, Content),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/document/{{id:guid}}/audit-log", _ => Get($"{V1}/document/{Missing}/audit-log"), 404, Content),
        PermissionMatrixTests.BackOffice($"POST {V1}/preview", _ => Post($"{V1}/preview", new { }), 200, [.. Content, .. AnyOtherGroup]),
        PermissionMatrixTests.BackOffice($"DELETE {V1}/preview", _ => Delete($"{V1}/preview"), 200, [.. Content, .. AnyOtherGroup]),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/document/{{id:guid}}/preview-url", _ => Get($"{V1}/document/{Missing}/preview-url"), 404, Content),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/document/urls", _ => Get($"{V1}/document/urls?id={Missing}"), 200, Content),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/redirect-management", _ => Get($"{V1}/redirect-management"), 200, Content),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/redirect-management/{{id:guid}}", _ => Get($"{V1}/redirect-management/{Missing}"), 404, Content),
        PermissionMatrixTests.BackOffice($"DELETE {V1}/redirect-management/{{id:guid}}", _ => Delete($"{V1}/redirect-management/{Missing}"), 404, Content),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/redirect-management/status", _ => Get($"{V1}/redirect-management/status"), 200, Content),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/document/{{id:guid}}/referenced-by", _ => Get($"{V1}/document/{Missing}/referenced-by"), 404, Content),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/document/{{id:guid}}/referenced-descendants", _ => Get($"{V1}/document/{Missing}/referenced-descendants"), 404, Content),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/document/are-referenced", _ => Get($"{V1}/document/are-referenced?id={Missing}"), 200, Content),
        // The preview page answers only a browser holding a preview cookie; bearer tokens do not count.
        new("GET,HEAD /umbraco/preview", _ => Get($"/umbraco/preview?id={Missing}"), false, [401, 401, 401, 401, 401, 401, 401, 401, 401, 401]),
    ];
}
