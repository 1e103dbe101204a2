using SelfHelp.Web.ManagementApi.Security;
using SelfHelp.Web.Security;

namespace SelfHelp.Web.Tests.Security;

/// <summary>
/// The back office client's page, files and logo (anonymous: the page signs in by itself, an image tag sends no
/// token) and the manifest endpoints (public for anyone; the rest for any back office user with a section).
/// The matrix host has no built client, so the page answers 503 saying so and no file exists.
/// </summary>
internal static class PermissionMatrixBackOfficeRows
{
    private const string Manifests = "/umbraco/management/api/v1/manifest/manifest";
    private const string Graphics = "/umbraco/management/api/v1/security/back-office/graphics";

    private static HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);

    private static PermissionMatrixTests.Row Everyone(string endpoint, string url, int status) =>
        new(endpoint, _ => Get(url), false, [.. PermissionMatrixHost.Principals.Select(_ => status)]);

    /// <summary>Any user with a section (the sensitive-data group alone has none, as in Umbraco).</summary>
    private static PermissionMatrixTests.Row AnyBackOfficeUser(string endpoint, string url, int status) =>
        PermissionMatrixTests.BackOffice(endpoint, _ => Get(url), status, StaffRoles.EntryViewer, StaffRoles.EntryModerator,
            StaffRoles.DataProtectionOfficer, BackOfficeUserGroups.Editor, BackOfficeUserGroups.Writer, BackOfficeUserGroups.Translator);

    internal static PermissionMatrixTests.Row[] All =>
    [
        Everyone("GET,HEAD /umbraco", "/umbraco", 503),
        Everyone("GET,HEAD /umbraco/{clientRoute:regex(^(section|oauth_complete|logout|error|preview)$)}/{**rest}", "/umbraco/section/content", 503),
        Everyone("GET,HEAD /umbraco/backoffice/{**path}", "/umbraco/backoffice/app.js", 404),
        Everyone("GET,HEAD " + Graphics + "/{name:regex(^(logo|logo-alternative|login-logo|login-logo-alternative|login-background)$)}", Graphics + "/logo", 200),
        Everyone("GET,HEAD " + Manifests + "/public", Manifests + "/public", 200),
        AnyBackOfficeUser("GET,HEAD " + Manifests, Manifests, 200),
        AnyBackOfficeUser("GET,HEAD " + Manifests + "/private", Manifests + "/private", 200),
    ];
}
