using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using SelfHelp.Web.Tests.Security;

namespace SelfHelp.Web.Tests.Api;

/// <summary>Every API endpoint of the app is described in one of the API families' OpenAPI documents.</summary>
[Collection(ApiHostCollection.Name)]
public sealed partial class ApiDocumentTests(PermissionMatrixHost host)
{
    private static readonly string[] Documents =
    [
        "/umbraco/swagger/delivery/swagger.json", "/umbraco/swagger/forms/swagger.json", "/umbraco/swagger/management/swagger.json", "/openapi/selfhelp.json",
    ];

    private static readonly string[] ApiPrefixes = ["/api/", "/umbraco/", "/openapi/"];

    [Fact]
    public async Task Every_api_endpoint_is_in_a_document()
    {
        var documented = new HashSet<string>();
        foreach (var url in Documents)
        {
            var document = await host.Client().GetFromJsonAsync<JsonElement>(url);
            foreach (var path in document.GetProperty("paths").EnumerateObject())
            {
                documented.UnionWith(path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"));
            }
        }

        var missing = ApiEndpoints().Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .SelectMany(e => e.Methods.Where(m => m != "HEAD").Select(m => $"{m} {AsOpenApiPath(e.Route)}"))
            .Where(operation => !documented.Contains(operation))
            .ToList();

        Assert.True(missing.Count == 0, "API endpoints in no OpenAPI document:\n" + string.Join("\n", missing));
        Assert.DoesNotContain(documented, operation => operation.StartsWith("HEAD ", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_documents_their_reference_page_the_back_office_client_and_the_not_found_answers_are_left_out()
    {
        var left = ApiEndpoints().Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is { ExcludeFromDescription: true })
            .Select(e => e.Route).ToList();

        Assert.Equal(
            new[]
            {
                "/api/{**rest}", "/openapi/{**rest}", "/openapi/{documentName:regex(^selfhelp$)}.json",
                "/umbraco/delivery/api-docs/{documentName?}", "/umbraco/delivery/api-docs/favicon.svg",
                "/umbraco/delivery/api-docs/scalar.aspnetcore.js", "/umbraco/delivery/api-docs/scalar.js",
                "/umbraco/swagger/{documentName:regex(^delivery$)}/swagger.json", "/umbraco/swagger/{documentName:regex(^forms$)}/swagger.json",
                "/umbraco/swagger/{documentName:regex(^management$)}/swagger.json", "/umbraco/{**rest}",
                // The back office client's page, built files and logo (not operations: Umbraco leaves them out too).
                "/umbraco/{clientRoute:regex(^(section|oauth_complete|logout|error|preview)$)}/{**rest}", "/umbraco/backoffice/{**path}",
                "/umbraco/preview",
                "/umbraco/management/api/v1/security/back-office/graphics/{name:regex(^(logo|logo-alternative|login-logo|login-logo-alternative|login-background)$)}",
            }.Order(StringComparer.Ordinal),
            left.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/umbraco/swagger/forms/swagger.json", "/umbraco/forms/delivery/api/v1/entries/{id}", "post", new[] { "202", "400", "401", "404", "415", "422" })]
    [InlineData("/umbraco/swagger/forms/swagger.json", "/umbraco/forms/delivery/api/v1/definitions/{id}", "get", new[] { "200", "401", "404" })]
    [InlineData("/umbraco/swagger/management/swagger.json", "/umbraco/forms/management/api/v1/workflows/{jobId}/retry", "post", new[] { "204", "400", "401", "403", "404", "409" })]
    [InlineData("/umbraco/swagger/management/swagger.json", "/umbraco/forms/management/api/v1/records/volunteers", "get", new[] { "200", "400", "401", "403" })]
    [InlineData("/umbraco/swagger/management/swagger.json", "/umbraco/staff/api/v1/login", "post", new[] { "200", "400", "401", "429" })]
    public async Task An_operation_lists_every_answer_its_typed_results_can_give(string document, string path, string method, string[] statuses)
    {
        var json = await host.Client().GetFromJsonAsync<JsonElement>(document);

        var responses = json.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses");

        Assert.Equal(statuses, responses.EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.All(responses.EnumerateObject().Where(r => r.Name[0] is '4'), problem =>
            Assert.True(problem.Value.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{path} {problem.Name} is not a ProblemDetails"));
    }

    private IEnumerable<AppEndpoint> ApiEndpoints() =>
        AppEndpoints.Of(host.Services).Where(e => ApiPrefixes.Any(prefix => e.Route.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)));

    // "/entries/{id:guid}" -> "/entries/{id}", "/item/{*path}" -> "/item/{path}", "/content/" -> "/content".
    private static string AsOpenApiPath(string route) => RouteParameter().Replace(route, "{$1}").TrimEnd('/');

    [GeneratedRegex(@"\{\*{0,2}([^:}=?]+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
