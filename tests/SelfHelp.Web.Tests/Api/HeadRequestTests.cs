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
    private static readonly string[] SameHeaders = ["Content-Type", "Content-Length", "ETag", "Cache-Control", "Vary", "Location", "Content-Disposition"];

    /// <summary>The permission matrix's rows for endpoints that answer GET: its request reaches each (staff routes are asked as an administrator).</summary>
    public static TheoryData<string> Endpoints => new(AnsweringGet);

    private static IEnumerable<string> AnsweringGet =>
        PermissionMatrixTests.Table.Select(r => r.Endpoint).Where(e => e.StartsWith("GET", StringComparison.Ordinal) || e.StartsWith('*'));

    [Fact]
    public void Every_endpoint_answering_GET_answers_HEAD_too_and_is_sampled()
    {
        var answeringGet = AppEndpoints.Of(host.Services).Where(e => e.AnswersGet).ToList();

        Assert.All(answeringGet.Where(e => e.Methods.Count > 0), e => Assert.Contains("HEAD", e.Methods));
        Assert.Equal(answeringGet.Select(e => e.Key).Order(StringComparer.Ordinal), AnsweringGet.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task HEAD_answers_like_GET_without_a_body(string endpoint)
    {
        var client = host.Clients[StaffRoles.Admin];
        var row = PermissionMatrixTests.Table.Single(r => r.Endpoint == endpoint);
        var headRequest = row.Request(host);
        headRequest.Method = HttpMethod.Head;

        using var get = await client.SendAsync(row.Request(host));
        using var head = await client.SendAsync(headRequest);

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
