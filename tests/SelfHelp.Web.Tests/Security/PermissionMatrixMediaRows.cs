using System.Net.Http.Json;
using SelfHelp.Web.ManagementApi.Security;
using SelfHelp.Web.Security;

namespace SelfHelp.Web.Tests.Security;

/// <summary>
/// The permission matrix rows of <c>ManagementApi/Media</c>: reads, creating and editing for the Content or Media
/// section (pickers), moves and the recycle bin for the Media section, uploads for any back office user.
/// </summary>
internal static class PermissionMatrixMediaRows
{
    private const string V1 = "/umbraco/management/api/v1";
    private static readonly Guid Missing = Guid.Parse("00000000-0000-4000-8000-00000000beef");

    private static readonly string[] ContentOrMedia = [BackOfficeUserGroups.Editor, BackOfficeUserGroups.Writer, BackOfficeUserGroups.Translator];
    private static readonly string[] MediaSection = [BackOfficeUserGroups.Editor];
    private static readonly string[] AnySection =
    [
        StaffRoles.EntryViewer, StaffRoles.EntryModerator, StaffRoles.DataProtectionOfficer,
        BackOfficeUserGroups.Editor, BackOfficeUserGroups.Writer, BackOfficeUserGroups.Translator,
    ];

    private static HttpRequestMessage Send(HttpMethod method, string url, object? body = null) =>
        new(method, url) { Content = body is null ? null : JsonContent.Create(body) };

    private static Func<PermissionMatrixHost, HttpRequestMessage> Get(string url) => _ => Send(HttpMethod.Get, url);
    private static Func<PermissionMatrixHost, HttpRequestMessage> Put(string url, object body) => _ => Send(HttpMethod.Put, url, body);
    private static Func<PermissionMatrixHost, HttpRequestMessage> Delete(string url) => _ => Send(HttpMethod.Delete, url);

    internal static PermissionMatrixTests.Row[] All =>
    [
        // Media files are public when their item is (a private one is not found for anyone, signed in or not).
        new("GET,HEAD /media/{**path}", _ => Send(HttpMethod.Get, "/media/abcdefgh/missing.png"), false, [404, 404, 404, 404, 404, 404, 404, 404, 404, 404]),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/tree/media/root", Get($"{V1}/tree/media/root"), 200, ContentOrMedia),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/tree/media/children", Get($"{V1}/tree/media/children?parentId={Missing}"), 404, ContentOrMedia),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/tree/media/ancestors", Get($"{V1}/tree/media/ancestors?descendantId={Missing}"), 404, ContentOrMedia),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/item/media", Get($"{V1}/item/media?id={Missing}"), 200, ContentOrMedia),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/item/media/search", Get($"{V1}/item/media/search?query=nothing-is-called-this"), 200, ContentOrMedia),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/media/urls", Get($"{V1}/media/urls?id={Missing}"), 200, ContentOrMedia),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/media/configuration", Get($"{V1}/media/configuration"), 200, ContentOrMedia),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/imaging/resize/urls", Get($"{V1}/imaging/resize/urls?id={Missing}"), 200, ContentOrMedia),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/media/{{id:guid}}", Get($"{V1}/media/{Missing}"), 404, ContentOrMedia),
        PermissionMatrixTests.BackOffice($"POST {V1}/media/", _ => Send(HttpMethod.Post, $"{V1}/media", new
        {
            mediaType = new { id = Missing }, variants = new[] { new { name = "x" } }, values = Array.Empty<object>(),
        }), 404, ContentOrMedia),
        PermissionMatrixTests.BackOffice($"PUT {V1}/media/{{id:guid}}", Put($"{V1}/media/{Missing}", new { variants = Array.Empty<object>(), values = Array.Empty<object>() }), 404, ContentOrMedia),
        PermissionMatrixTests.BackOffice($"DELETE {V1}/media/{{id:guid}}", Delete($"{V1}/media/{Missing}"), 404, ContentOrMedia),
        PermissionMatrixTests.BackOffice($"POST {V1}/media/validate", _ => Send(HttpMethod.Post, $"{V1}/media/validate", new
        {
            mediaType = new { id = Missing }, variants = new[] { new { name = "x" } }, values = Array.Empty<object>(),
        }), 404, ContentOrMedia),
        PermissionMatrixTests.BackOffice($"PUT {V1}/media/{{id:guid}}/validate",
            Put($"{V1}/media/{Missing}/validate", new { variants = Array.Empty<object>(), values = Array.Empty<object>() }), 404, ContentOrMedia),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/collection/media/", Get($"{V1}/collection/media?id={Missing}"), 404, ContentOrMedia),
        PermissionMatrixTests.BackOffice($"PUT {V1}/media/{{id:guid}}/move", Put($"{V1}/media/{Missing}/move", new { target = (object?)null }), 404, MediaSection),
        PermissionMatrixTests.BackOffice($"PUT {V1}/media/{{id:guid}}/move-to-recycle-bin", _ => Send(HttpMethod.Put, $"{V1}/media/{Missing}/move-to-recycle-bin"), 404, MediaSection),
        PermissionMatrixTests.BackOffice($"PUT {V1}/media/sort", Put($"{V1}/media/sort", new { parent = new { id = Missing }, sorting = Array.Empty<object>() }), 404, MediaSection),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/recycle-bin/media/root", Get($"{V1}/recycle-bin/media/root"), 200, MediaSection),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/recycle-bin/media/children", Get($"{V1}/recycle-bin/media/children?parentId={Missing}"), 404, MediaSection),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/recycle-bin/media/{{id:guid}}/original-parent", Get($"{V1}/recycle-bin/media/{Missing}/original-parent"), 404, MediaSection),
        PermissionMatrixTests.BackOffice($"PUT {V1}/recycle-bin/media/{{id:guid}}/restore", Put($"{V1}/recycle-bin/media/{Missing}/restore", new { target = (object?)null }), 404, MediaSection),
        PermissionMatrixTests.BackOffice($"DELETE {V1}/recycle-bin/media/{{id:guid}}", Delete($"{V1}/recycle-bin/media/{Missing}"), 404, MediaSection),
        PermissionMatrixTests.BackOffice($"DELETE {V1}/recycle-bin/media/", Delete($"{V1}/recycle-bin/media"), 200, MediaSection),
        PermissionMatrixTests.BackOffice($"POST {V1}/temporary-file/", _ => Send(HttpMethod.Post, $"{V1}/temporary-file", new { id = Missing }), 400, AnySection),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/temporary-file/configuration", Get($"{V1}/temporary-file/configuration"), 200, AnySection),
        PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/temporary-file/{{id:guid}}", Get($"{V1}/temporary-file/{Missing}"), 404, AnySection),
        PermissionMatrixTests.BackOffice($"DELETE {V1}/temporary-file/{{id:guid}}", Delete($"{V1}/temporary-file/{Missing}"), 404, AnySection),
    ];
}
