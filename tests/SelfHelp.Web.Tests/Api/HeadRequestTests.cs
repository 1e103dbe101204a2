using System.Net;
using SelfHelp.Web.Security;
using SelfHelp.Web.Tests.Security;

namespace SelfHelp.Web.Tests.Api;

/// <summary>
/// HEAD answers like GET without a body on every endpoint that answers GET (APIs, pages, the search page, the API
/// documents): same status and the same Content-Type, Content-Length, ETag, Cache-Control, Vary and Location.
/// </summary>
[Collection(ApiHostCollection.Name)]
public sealed class HeadRequestTests(PermissionMatrixHost host)
{
    private const string Staff = "/umbraco/forms/management/api/v1";
    private const string Delivery = "/umbraco/delivery/api/v2";
    private static readonly Guid Missing = Guid.Parse("00000000-0000-4000-8000-00000000dead");
    private static readonly string[] SameHeaders = ["Content-Type", "Content-Length", "ETag", "Cache-Control", "Vary", "Location", "Content-Disposition"];

    /// <summary>A request that reaches each endpoint answering GET, keyed as the app declares it (staff routes as an administrator).</summary>
    private static readonly Dictionary<string, Func<PermissionMatrixHost, string>> Samples = new()
    {
        ["GET,HEAD /umbraco/forms/management/api/v1/forms/{form}/entries"] = _ => $"{Staff}/forms/volunteerSignUp/entries",
        ["GET,HEAD /umbraco/forms/management/api/v1/forms/{form}/entries/export"] = _ => $"{Staff}/forms/volunteerSignUp/entries/export",
        ["GET,HEAD /umbraco/forms/management/api/v1/entries/{id:guid}"] = h => $"{Staff}/entries/{h.EntryId}",
        ["GET,HEAD /umbraco/forms/management/api/v1/entries/{id:guid}/files/{fileId:guid}"] = h => $"{Staff}/entries/{h.EntryId}/files/{Missing}",
        ["GET,HEAD /umbraco/forms/management/api/v1/records/volunteers"] = _ => $"{Staff}/records/volunteers",
        ["GET,HEAD /umbraco/forms/management/api/v1/records/registrations"] = _ => $"{Staff}/records/registrations",
        ["GET,HEAD /umbraco/forms/management/api/v1/records/support-requests"] = _ => $"{Staff}/records/support-requests",
        ["GET,HEAD /umbraco/forms/management/api/v1/records/relayed-messages"] = _ => $"{Staff}/records/relayed-messages",
        ["GET,HEAD /umbraco/forms/delivery/api/v1/definitions/{id:guid}"] = h => $"/umbraco/forms/delivery/api/v1/definitions/{h.VolunteerFormKey}",
        ["GET,HEAD /{**path}"] = _ => "/volunteer/",
        ["GET,HEAD /{**path:file}"] = _ => "/nothing-here.txt",
        ["* /search"] = _ => "/search/?q=volunteer",
        ["* /{culture}/search"] = _ => "/zh-hk/search/?q=volunteer",
        ["GET,HEAD /api/search/"] = _ => "/api/search?q=volunteer",
        ["GET,HEAD /api/search/suggest"] = _ => "/api/search/suggest?q=vol",
        ["GET,HEAD /openapi/{documentName:regex(^selfhelp$)}.json"] = _ => "/openapi/selfhelp.json",
        ["GET,HEAD /umbraco/swagger/{documentName:regex(^forms$)}/swagger.json"] = _ => "/umbraco/swagger/forms/swagger.json",
        ["GET,HEAD /umbraco/swagger/{documentName:regex(^management$)}/swagger.json"] = _ => "/umbraco/swagger/management/swagger.json",
        ["GET,HEAD /umbraco/swagger/{documentName:regex(^delivery$)}/swagger.json"] = _ => "/umbraco/swagger/delivery/swagger.json",
        ["GET,HEAD /umbraco/delivery/api-docs/{documentName?}"] = _ => "/umbraco/delivery/api-docs/",
        ["GET,HEAD /umbraco/delivery/api-docs/scalar.js"] = _ => "/umbraco/delivery/api-docs/scalar.js",
        ["GET,HEAD /umbraco/delivery/api-docs/scalar.aspnetcore.js"] = _ => "/umbraco/delivery/api-docs/scalar.aspnetcore.js",
        ["GET,HEAD /umbraco/delivery/api-docs/favicon.svg"] = _ => "/umbraco/delivery/api-docs/favicon.svg",
        ["* /api/{**rest}"] = _ => "/api/nothing-here",
        ["* /umbraco/{**rest}"] = _ => "/umbraco/nothing-here",
        ["* /openapi/{**rest}"] = _ => "/openapi/nothing-here",
        ["* /healthz"] = _ => "/healthz",
        [$"GET,HEAD {Delivery}/content/"] = _ => $"{Delivery}/content",
        [$"GET,HEAD {Delivery}/content/item/{{id:guid}}"] = _ => $"{Delivery}/content/item/{Missing}",
        [$"GET,HEAD {Delivery}/content/item/{{*path}}"] = _ => $"{Delivery}/content/item/volunteer",
        [$"GET,HEAD {Delivery}/content/items"] = _ => $"{Delivery}/content/items?id={Missing}",
        [$"GET,HEAD {Delivery}/media/"] = _ => $"{Delivery}/media?fetch=children:/",
        [$"GET,HEAD {Delivery}/media/item/{{id:guid}}"] = _ => $"{Delivery}/media/item/{Missing}",
        [$"GET,HEAD {Delivery}/media/item/{{*path}}"] = _ => $"{Delivery}/media/item/nothing-here",
        [$"GET,HEAD {Delivery}/media/items"] = _ => $"{Delivery}/media/items?id={Missing}",
    };

    public static TheoryData<string> Endpoints => new(Samples.Keys);

    [Fact]
    public void Every_endpoint_answering_GET_has_a_sample_and_answers_HEAD_too()
    {
        var answeringGet = AppEndpoints.Of(host.Services).Where(e => e.AnswersGet).ToList();

        Assert.Equal(Samples.Keys.Order(), answeringGet.Select(e => e.Key).Order());
        Assert.All(answeringGet.Where(e => e.Methods.Count > 0), e => Assert.Contains("HEAD", e.Methods));
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task HEAD_answers_like_GET_without_a_body(string endpoint)
    {
        var client = host.Clients[StaffRoles.Admin];
        var url = Samples[endpoint](host);

        using var get = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, url));
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.NotEmpty(await get.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.NotEqual(HttpStatusCode.MethodNotAllowed, head.StatusCode);
        Assert.All(SameHeaders, name => Assert.Equal(Header(get, name), Header(head, name)));
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? $"{name}: {string.Join(", ", values)}"
            : null;
}
