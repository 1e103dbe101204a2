using SelfHelp.Web.ManagementApi.Security;
using static SelfHelp.Web.Tests.Security.PermissionMatrixTests;

namespace SelfHelp.Web.Tests.Security;

/// <summary>
/// The Management API's data type, document type and media type operations: reads for users with the Content, Media or
/// Settings section (the editors need them), the type designer's writes for the Settings section only.
/// </summary>
internal static class PermissionMatrixTypesRows
{
    private const string V1 = "/umbraco/management/api/v1";
    private const string RichText = "ca90c950-0aff-4e72-b976-a30b1ac57dad";
    private const string Story = "7aca9fa9-02c6-551a-ac71-60eb6f561020";
    private const string Image = "cc07b313-0843-4aa8-bbda-871c8da728c8";
    private static readonly Guid Missing = Guid.Parse("00000000-0000-4000-8000-00000000dead");

    private static readonly string[] Readers = [BackOfficeUserGroups.Editor, BackOfficeUserGroups.Writer, BackOfficeUserGroups.Translator];

    private static Row Read(string route, string url, int allowed = 200) => PermissionMatrixTests.BackOffice($"GET,HEAD {V1}/{route}", _ => Get($"{V1}/{url}"), allowed, Readers);

    private static Row Write(string method, string route, Func<HttpRequestMessage> request, int allowed) => PermissionMatrixTests.BackOffice($"{method} {V1}/{route}", _ => request(), allowed);

    // An empty body: every write answers 400 (or 404 for a missing id) without changing anything the other rows read.
    private static readonly object Invalid = new { };

    internal static Row[] All =>
    [
        Read("data-type/{id:guid}", $"data-type/{RichText}"),
        Read("data-type/{id:guid}/is-used", $"data-type/{RichText}/is-used"),
        Read("data-type/{id:guid}/referenced-by", $"data-type/{RichText}/referenced-by"),
        Read("data-type/configuration", "data-type/configuration"),
        Read("item/data-type", $"item/data-type?id={RichText}"),
        Read("item/data-type/search", "item/data-type/search?query=rich"),
        Read("filter/data-type", "filter/data-type?editorAlias=Umbraco.TextBox"),
        Read("tree/data-type/root", "tree/data-type/root"),
        Read("tree/data-type/children", $"tree/data-type/children?parentId={RichText}"),
        Read("tree/data-type/ancestors", $"tree/data-type/ancestors?descendantId={RichText}"),
        Read("tree/data-type/siblings", $"tree/data-type/siblings?target={RichText}&before=1&after=1"),
        Write("POST", "data-type", () => Post($"{V1}/data-type", Invalid), 400),
        Write("PUT", "data-type/{id:guid}", () => Put($"{V1}/data-type/{Missing}", Invalid), 404),
        Write("DELETE", "data-type/{id:guid}", () => Delete($"{V1}/data-type/{Missing}"), 404),

        Read("document-type/{id:guid}", $"document-type/{Story}"),
        Read("document-type/{id:guid}/allowed-children", $"document-type/{Story}/allowed-children"),
        Read("document-type/{id:guid}/blueprint", $"document-type/{Story}/blueprint"),
        Read("document-type/{id:guid}/composition-references", $"document-type/{Story}/composition-references"),
        Read("document-type/allowed-at-root", "document-type/allowed-at-root"),
        Read("document-type/configuration", "document-type/configuration"),
        Read("item/document-type", $"item/document-type?id={Story}"),
        Read("item/document-type/search", "item/document-type/search?query=story"),
        Read("tree/document-type/root", "tree/document-type/root"),
        Read("tree/document-type/children", $"tree/document-type/children?parentId={Story}"),
        Read("tree/document-type/ancestors", $"tree/document-type/ancestors?descendantId={Story}"),
        Read("tree/document-type/siblings", $"tree/document-type/siblings?target={Story}&before=1&after=1"),
        Write("POST", "document-type", () => Post($"{V1}/document-type", Invalid), 400),
        Write("PUT", "document-type/{id:guid}", () => Put($"{V1}/document-type/{Missing}", Invalid), 404),
        Write("DELETE", "document-type/{id:guid}", () => Delete($"{V1}/document-type/{Missing}"), 404),
        Write("POST", "document-type/available-compositions", () => Post($"{V1}/document-type/available-compositions", new { isElement = false }), 200),

        Read("media-type/{id:guid}", $"media-type/{Image}"),
        Read("media-type/{id:guid}/allowed-children", $"media-type/{Image}/allowed-children"),
        Read("media-type/{id:guid}/composition-references", $"media-type/{Image}/composition-references"),
        Read("media-type/allowed-at-root", "media-type/allowed-at-root"),
        Read("media-type/configuration", "media-type/configuration"),
        Read("item/media-type", $"item/media-type?id={Image}"),
        Read("item/media-type/allowed", "item/media-type/allowed?fileExtension=jpg"),
        Read("item/media-type/folders", "item/media-type/folders"),
        Read("item/media-type/search", "item/media-type/search?query=image"),
        Read("tree/media-type/root", "tree/media-type/root"),
        Read("tree/media-type/children", $"tree/media-type/children?parentId={Image}"),
        Read("tree/media-type/ancestors", $"tree/media-type/ancestors?descendantId={Image}"),
        Read("tree/media-type/siblings", $"tree/media-type/siblings?target={Image}&before=1&after=1"),
        Write("POST", "media-type", () => Post($"{V1}/media-type", Invalid), 400),
        Write("PUT", "media-type/{id:guid}", () => Put($"{V1}/media-type/{Missing}", Invalid), 404),
        Write("DELETE", "media-type/{id:guid}", () => Delete($"{V1}/media-type/{Missing}"), 404),
    ];
}
