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
    public void Only_the_documents_their_reference_page_and_the_not_found_answers_are_left_out()
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
            }.Order(StringComparer.Ordinal),
            left.Order(StringComparer.Ordinal));
    }

    private IEnumerable<AppEndpoint> ApiEndpoints() =>
        AppEndpoints.Of(host.Services).Where(e => ApiPrefixes.Any(prefix => e.Route.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)));

    // "/entries/{id:guid}" -> "/entries/{id}", "/item/{*path}" -> "/item/{path}", "/content/" -> "/content".
    private static string AsOpenApiPath(string route) => RouteParameter().Replace(route, "{$1}").TrimEnd('/');

    [GeneratedRegex(@"\{\*{0,2}([^:}=?]+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
