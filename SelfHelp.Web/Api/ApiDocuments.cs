using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SelfHelp.Web.Api;

/// <summary>
/// Where and how an API family's OpenAPI document is served, as Umbraco serves each of its own
/// (<c>/umbraco/swagger/{name}/swagger.json</c>): one document per family, holding only that family's endpoints.
/// </summary>
public static class ApiDocuments
{
    /// <summary>The route of one document, constrained to its name so no other document of the host answers there.</summary>
    public static string UmbracoSwaggerRoute(string documentName) => "/umbraco/swagger/{documentName:regex(^" + documentName + "$)}/swagger.json";

    /// <summary>Options for a document of <paramref name="documentName"/>'s endpoints, with its title and description.</summary>
    public static void Describe(OpenApiOptions options, string documentName, string title, string description)
    {
        options.ShouldInclude = api => api.GroupName == documentName;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo { Title = title, Version = "v1", Description = description };
            return Task.CompletedTask;
        });
    }
}
