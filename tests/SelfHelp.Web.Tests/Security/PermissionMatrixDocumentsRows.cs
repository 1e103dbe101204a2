using SelfHelp.Web.ManagementApi.Security;
using static SelfHelp.Web.Tests.Security.PermissionMatrixTests;

namespace SelfHelp.Web.Tests.Security;

/// <summary>
/// The Management API's document operations (ManagementApi/Documents): the tree and items for the Content or Media
/// section, the rest for Content. Each request names a document that does not exist, so a user the section lets in
/// gets the operation's own answer (404, or 200 where nothing is looked up) and nothing changes.
/// </summary>
internal static class PermissionMatrixDocumentsRows
{
    private const string V1 = "/umbraco/management/api/v1";
    private const string V11 = "/umbraco/management/api/v1.1";
    private static readonly Guid Missing = Guid.Parse("00000000-0000-4000-8000-00000000d0c5");
    private static readonly string[] Content = [BackOfficeUserGroups.Editor, BackOfficeUserGroups.Writer, BackOfficeUserGroups.Translator];

    private static readonly object Edit = new
    {
        values = Array.Empty<object>(), variants = new[] { new { culture = (string?)null, segment = (string?)null, name = "Matrix" } },
    };

    private static readonly object Create = new
    {
        id = Missing, parent = (object?)null, documentType = new { id = Missing }, template = (object?)null,
        values = Array.Empty<object>(), variants = new[] { new { culture = (string?)null, segment = (string?)null, name = "Matrix" } },
    };

    internal static Row[] All =>
    [
        PermissionMatrixTests.BackOffice("GET,HEAD /umbraco/management/api/v1/tree/document/root", _ => Get($"{V1}/tree/document/root"), 200, Content),
        PermissionMatrixTests.BackOffice("GET,HEAD /umbraco/management/api/v1/tree/document/children", _ => Get($"{V1}/tree/document/children?parentId={Missing}"), 404, Content),
        PermissionMatrixTests.BackOffice("GET,HEAD /umbraco/management/api/v1/tree/document/ancestors", _ => Get($"{V1}/tree/document/ancestors?descendantId={Missing}"), 404, Content),
        PermissionMatrixTests.BackOffice("GET,HEAD /umbraco/management/api/v1/tree/document/siblings", _ => Get($"{V1}/tree/document/siblings?target={Missing}&before=1&after=1"), 404, Content),
        PermissionMatrixTests.BackOffice("GET,HEAD /umbraco/management/api/v1/item/document/", _ => Get($"{V1}/item/document?id={Missing}"), 200, Content),
        PermissionMatrixTests.BackOffice("GET,HEAD /umbraco/management/api/v1/document/{id:guid}", _ => Get($"{V1}/document/{Missing}"), 404, Content),
        PermissionMatrixTests.BackOffice("GET,HEAD /umbraco/management/api/v1/document/{id:guid}/published", _ => Get($"{V1}/document/{Missing}/published"), 404, Content),
        PermissionMatrixTests.BackOffice("GET,HEAD /umbraco/management/api/v1/document/configuration", _ => Get($"{V1}/document/configuration"), 200, Content),
        PermissionMatrixTests.BackOffice("GET,HEAD /umbraco/management/api/v1/document/{id:guid}/available-segment-options",
            _ => Get($"{V1}/document/{Missing}/available-segment-options"), 404, Content),
        PermissionMatrixTests.BackOffice("POST /umbraco/management/api/v1/document/", _ => Post($"{V1}/document", Create), 404, Content),
        PermissionMatrixTests.BackOffice("PUT /umbraco/management/api/v1/document/{id:guid}", _ => Put($"{V1}/document/{Missing}", Edit), 404, Content),
        PermissionMatrixTests.BackOffice("POST /umbraco/management/api/v1/document/validate", _ => Post($"{V1}/document/validate", Create), 404, Content),
        PermissionMatrixTests.BackOffice("PUT /umbraco/management/api/v1.1/document/{id:guid}/validate", _ => Put($"{V11}/document/{Missing}/validate", Edit), 404, Content),
        PermissionMatrixTests.BackOffice("PUT /umbraco/management/api/v1/document/{id:guid}/publish",
            _ => Put($"{V1}/document/{Missing}/publish", new { publishSchedules = new[] { new { culture = "en-US" } } }), 404, Content),
        PermissionMatrixTests.BackOffice("PUT /umbraco/management/api/v1/document/{id:guid}/unpublish",
            _ => Put($"{V1}/document/{Missing}/unpublish", new { cultures = new[] { "en-US" } }), 404, Content),
        PermissionMatrixTests.BackOffice("PUT /umbraco/management/api/v1/document/{id:guid}/publish-with-descendants",
            _ => Put($"{V1}/document/{Missing}/publish-with-descendants", new { includeUnpublishedDescendants = false, cultures = new[] { "en-US" } }), 404, Content),
        PermissionMatrixTests.BackOffice("GET,HEAD /umbraco/management/api/v1/document/{id:guid}/publish-with-descendants/result/{taskId:guid}",
            _ => Get($"{V1}/document/{Missing}/publish-with-descendants/result/{Missing}"), 404, Content),
    ];
}
