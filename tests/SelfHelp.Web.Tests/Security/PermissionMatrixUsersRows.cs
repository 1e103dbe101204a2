using System.Net.Http.Json;
using SelfHelp.Web.ManagementApi.Security;
using SelfHelp.Web.Security;

namespace SelfHelp.Web.Tests.Security;

/// <summary>
/// The permission matrix rows of the server, current user, users, user groups, languages, health check and log viewer operations. Writes are
/// called on a missing id or with an empty body, so the allowed cell shows the operation's own 404 or 400.
/// </summary>
internal static class PermissionMatrixUsersRows
{
    private const string Api = "/umbraco/management/api/v1";
    private static readonly Guid Missing = Guid.Parse("00000000-0000-4000-8000-00000000beef");

    /// <summary>Every group with some section: any back office user.</summary>
    private static readonly string[] AnyBackOfficeUser =
    [
        StaffRoles.EntryViewer, StaffRoles.EntryModerator, StaffRoles.DataProtectionOfficer,
        BackOfficeUserGroups.Editor, BackOfficeUserGroups.Writer, BackOfficeUserGroups.Translator,
    ];

    private static HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);
    private static HttpRequestMessage Delete(string url) => new(HttpMethod.Delete, url);
    private static HttpRequestMessage Send(HttpMethod method, string url, object body) => new(method, url) { Content = JsonContent.Create(body) };
    private static object MissingUsers => new { userIds = new[] { new { id = Missing } }, userGroupIds = Array.Empty<object>() };

    internal static PermissionMatrixTests.Row[] All =>
    [
        new PermissionMatrixTests.Row($"GET,HEAD {Api}/server/status", _ => Get($"{Api}/server/status"), false, [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        new PermissionMatrixTests.Row($"GET,HEAD {Api}/server/configuration", _ => Get($"{Api}/server/configuration"), false, [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/server/information", _ => Get($"{Api}/server/information"), 200, AnyBackOfficeUser),
        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/server/troubleshooting", _ => Get($"{Api}/server/troubleshooting"), 200),

        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/user/current/", _ => Get($"{Api}/user/current"), 200, AnyBackOfficeUser),
        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/user/current/configuration", _ => Get($"{Api}/user/current/configuration"), 200, AnyBackOfficeUser),
        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/user/current/2fa", _ => Get($"{Api}/user/current/2fa"), 200, AnyBackOfficeUser),
        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/user/current/login-providers", _ => Get($"{Api}/user/current/login-providers"), 200, AnyBackOfficeUser),
        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/user/current/permissions", _ => Get($"{Api}/user/current/permissions?id={Missing}"), 200, AnyBackOfficeUser),
        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/user/current/permissions/document", _ => Get($"{Api}/user/current/permissions/document?id={Missing}"), 200, AnyBackOfficeUser),
        PermissionMatrixTests.BackOffice($"POST {Api}/user/current/change-password", _ => Send(HttpMethod.Post, $"{Api}/user/current/change-password", new { }), 400, AnyBackOfficeUser),

        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/item/user", _ => Get($"{Api}/item/user?id={Missing}"), 200, AnyBackOfficeUser),
        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/user", _ => Get($"{Api}/user"), 200),
        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/filter/user", _ => Get($"{Api}/filter/user?filter=x"), 200),
        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/user/{{id:guid}}", _ => Get($"{Api}/user/{Missing}"), 404),
        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/user/{{id:guid}}/calculate-start-nodes", _ => Get($"{Api}/user/{Missing}/calculate-start-nodes"), 404),
        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/user/configuration", _ => Get($"{Api}/user/configuration"), 200),
        PermissionMatrixTests.BackOffice($"POST {Api}/user", _ => Send(HttpMethod.Post, $"{Api}/user", new { }), 400),
        PermissionMatrixTests.BackOffice($"PUT {Api}/user/{{id:guid}}", _ => Send(HttpMethod.Put, $"{Api}/user/{Missing}", new { }), 404),
        PermissionMatrixTests.BackOffice($"DELETE {Api}/user/{{id:guid}}", _ => Delete($"{Api}/user/{Missing}"), 404),
        PermissionMatrixTests.BackOffice($"DELETE {Api}/user", _ => Send(HttpMethod.Delete, $"{Api}/user", MissingUsers), 404),
        PermissionMatrixTests.BackOffice($"POST {Api}/user/{{id:guid}}/change-password", _ => Send(HttpMethod.Post, $"{Api}/user/{Missing}/change-password", new { newPassword = "A-password-to-set-1" }), 404),
        PermissionMatrixTests.BackOffice($"POST {Api}/user/{{id:guid}}/reset-password", _ => Send(HttpMethod.Post, $"{Api}/user/{Missing}/reset-password", new { }), 404),
        PermissionMatrixTests.BackOffice($"POST {Api}/user/disable", _ => Send(HttpMethod.Post, $"{Api}/user/disable", MissingUsers), 404),
        PermissionMatrixTests.BackOffice($"POST {Api}/user/enable", _ => Send(HttpMethod.Post, $"{Api}/user/enable", MissingUsers), 404),
        PermissionMatrixTests.BackOffice($"POST {Api}/user/unlock", _ => Send(HttpMethod.Post, $"{Api}/user/unlock", MissingUsers), 404),
        PermissionMatrixTests.BackOffice($"POST {Api}/user/set-user-groups", _ => Send(HttpMethod.Post, $"{Api}/user/set-user-groups", MissingUsers), 404),

        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/item/user-group", _ => Get($"{Api}/item/user-group?id={Missing}"), 200, AnyBackOfficeUser),
        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/user-group", _ => Get($"{Api}/user-group"), 200),
        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/filter/user-group", _ => Get($"{Api}/filter/user-group?filter=edit"), 200),
        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/user-group/{{id:guid}}", _ => Get($"{Api}/user-group/{Missing}"), 404),
        PermissionMatrixTests.BackOffice($"POST {Api}/user-group", _ => Send(HttpMethod.Post, $"{Api}/user-group", new { }), 400),
        PermissionMatrixTests.BackOffice($"PUT {Api}/user-group/{{id:guid}}", _ => Send(HttpMethod.Put, $"{Api}/user-group/{Missing}", new { }), 404),
        PermissionMatrixTests.BackOffice($"DELETE {Api}/user-group/{{id:guid}}", _ => Delete($"{Api}/user-group/{Missing}"), 404),
        PermissionMatrixTests.BackOffice($"DELETE {Api}/user-group", _ => Send(HttpMethod.Delete, $"{Api}/user-group", new { userGroupIds = new[] { new { id = Missing } } }), 404),

        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/language", _ => Get($"{Api}/language"), 200, AnyBackOfficeUser),
        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/language/{{isoCode}}", _ => Get($"{Api}/language/en-US"), 200, AnyBackOfficeUser),
        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/item/language", _ => Get($"{Api}/item/language?isoCode=en-US"), 200, AnyBackOfficeUser),
        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/item/language/default", _ => Get($"{Api}/item/language/default"), 200, AnyBackOfficeUser),
        PermissionMatrixTests.BackOffice($"POST {Api}/language/", _ => Send(HttpMethod.Post, $"{Api}/language", new { }), 400),
        PermissionMatrixTests.BackOffice($"PUT {Api}/language/{{isoCode}}", _ => Send(HttpMethod.Put, $"{Api}/language/xx-XX", new { }), 404),
        PermissionMatrixTests.BackOffice($"DELETE {Api}/language/{{isoCode}}", _ => Delete($"{Api}/language/xx-XX"), 404),

        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/health-check-group/", _ => Get($"{Api}/health-check-group"), 200),
        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/health-check-group/{{name}}", _ => Get($"{Api}/health-check-group/SelfHelp"), 200),
        PermissionMatrixTests.BackOffice($"POST {Api}/health-check-group/{{name}}/check", _ => Send(HttpMethod.Post, $"{Api}/health-check-group/nothing/check", new { }), 404),
        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/log-viewer/log", _ => Get($"{Api}/log-viewer/log"), 200),
        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/log-viewer/level-count", _ => Get($"{Api}/log-viewer/level-count"), 200),
        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/log-viewer/message-template", _ => Get($"{Api}/log-viewer/message-template"), 200),
        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/log-viewer/level", _ => Get($"{Api}/log-viewer/level"), 200),
        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/log-viewer/saved-search", _ => Get($"{Api}/log-viewer/saved-search"), 200),
        PermissionMatrixTests.BackOffice($"GET,HEAD {Api}/log-viewer/validate-logs-size", _ => Get($"{Api}/log-viewer/validate-logs-size"), 200),
    ];
}
