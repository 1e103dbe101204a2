using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SelfHelp.Core.DeliveryApi.Models;
using Umbraco.Cms.Core.Models.DeliveryApi;

namespace SelfHelp.Web.DeliveryApi;

/// <summary>
/// The Delivery API's OpenAPI document, served where Umbraco 17 serves it (<c>/umbraco/swagger/delivery/swagger.json</c>,
/// OpenAPI 3.0): only the endpoints implemented here, each with Umbraco's headers and <c>expand</c>/<c>fields</c>,
/// and schemas named as in Umbraco's contract.
/// </summary>
internal static class DeliveryApiOpenApi
{
    public const string DocumentName = "delivery";
    /// <summary>Where the reference page fetches the document from ({documentName} filled in by Scalar).</summary>
    public const string DocumentPattern = "/umbraco/swagger/{documentName}/swagger.json";

    /// <summary>The served route, constrained so no other OpenAPI document of the host answers under Umbraco's path.</summary>
    public const string DocumentRoute = "/umbraco/swagger/{documentName:regex(^" + DocumentName + "$)}/swagger.json";
    public const string ReferenceRoute = "/umbraco/delivery/api-docs";

    public static void Configure(OpenApiOptions options)
    {
        options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
        options.ShouldInclude = description => description.GroupName == DocumentName;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Umbraco Delivery API",
                Version = "Latest",
                Description = "You can find out more about the Umbraco Delivery API in [the documentation](https://docs.umbraco.com/umbraco-cms/reference/content-delivery-api).",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var media = context.Description.RelativePath?.Contains("/media", StringComparison.Ordinal) == true;
            operation.Parameters ??= [];
            foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>().Where(p => p.Name is "skip" or "take" && p.Schema is OpenApiSchema))
            {
                // Umbraco's contract: plain int32 (the web defaults also accept numbers written as strings).
                var schema = (OpenApiSchema)parameter.Schema!;
                schema.AnyOf = null;
                schema.Pattern = null;
                schema.Type = JsonSchemaType.Integer;
            }
            var query = context.Description.RelativePath?.EndsWith("/content", StringComparison.Ordinal) == true || context.Description.RelativePath?.EndsWith("/media", StringComparison.Ordinal) == true;
            if (query)
            {
                Describe(operation, "fetch", ParameterLocation.Query, media
                    ? "Structural query string option (e.g. `children:/`, `children:{id}`, `children:{path}`)."
                    : "Structural query string option (e.g. `ancestors:{id|path}`, `children:{id|path}`, `descendants:{id|path}`).");
            }
            Describe(operation, "expand", ParameterLocation.Query, "Which properties to expand and therefore include in the output if they refer to another piece of content (e.g. `properties[$all]`, `properties[alias1,alias2]`).");
            Describe(operation, "fields", ParameterLocation.Query, "Which properties to include in the response (e.g. `properties[alias1[properties[nested]]]`); all by default.");
            if (!media)
            {
                Describe(operation, DeliveryApiHeaders.AcceptLanguage, ParameterLocation.Header, "Defines the language to return. Use this when querying language variant content items.", "en-US");
                Describe(operation, DeliveryApiHeaders.AcceptSegment, ParameterLocation.Header, "Defines the segment to return. Accepted and ignored: segments are not used here.");
            }
            Describe(operation, DeliveryApiHeaders.ApiKey, ParameterLocation.Header, "API key specified through configuration to authorize access to the API.");
            if (!media)
            {
                Describe(operation, DeliveryApiHeaders.Preview, ParameterLocation.Header, "Whether to request draft content.", type: JsonSchemaType.Boolean);
                Describe(operation, DeliveryApiHeaders.StartItem, ParameterLocation.Header, "URL segment or GUID of a root content item.");
            }
            return Task.CompletedTask;
        });
        options.CreateSchemaReferenceId = type => SchemaName(type.Type) ?? OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        options.AddSchemaTransformer((schema, context, _) =>
        {
            if (SchemaName(context.JsonTypeInfo.Type) is { } name && Required.TryGetValue(name, out var required))
            {
                schema.Required = new HashSet<string>(required);
            }
            return Task.CompletedTask;
        });
    }

    private static readonly Dictionary<string, string[]> Required = new()
    {
        ["ApiContentResponseModel"] = ["contentType", "createDate", "cultures", "id", "name", "properties", "route", "updateDate"],
        ["ApiContentRouteModel"] = ["path", "startItem"],
        ["ApiContentStartItemModel"] = ["id", "path"],
        ["ApiMediaWithCropsResponseModel"] = ["createDate", "id", "mediaType", "name", "path", "properties", "updateDate", "url"],
        ["PagedIApiContentResponseModel"] = ["items", "total"],
        ["PagedIApiMediaWithCropsResponseModel"] = ["items", "total"],
    };

    // Umbraco's contract names its schemas after the interfaces with a "Model" suffix.
    private static string? SchemaName(Type type) => type switch
    {
        _ when type == typeof(IApiContentResponse) || type == typeof(ApiContentResponse) => "ApiContentResponseModel",
        _ when type == typeof(IApiContent) || type == typeof(ApiContent) => "ApiContentModel",
        _ when type == typeof(IApiContentRoute) || type == typeof(ApiContentRoute) => "ApiContentRouteModel",
        _ when type == typeof(IApiContentStartItem) || type == typeof(ApiContentStartItem) => "ApiContentStartItemModel",
        _ when type == typeof(IApiMediaWithCropsResponse) || type == typeof(ApiMediaWithCropsResponse) => "ApiMediaWithCropsResponseModel",
        _ when type == typeof(ImageCrop) => "ImageCropModel",
        _ when type == typeof(ImageCropCoordinates) => "ImageCropCoordinatesModel",
        _ when type == typeof(ImageFocalPoint) => "ImageFocalPointModel",
        _ when type == typeof(PagedResult<IApiContentResponse>) => "PagedIApiContentResponseModel",
        _ when type == typeof(PagedResult<IApiMediaWithCropsResponse>) => "PagedIApiMediaWithCropsResponseModel",
        _ => null,
    };

    private static void Describe(OpenApiOperation operation, string name, ParameterLocation location, string description, string? example = null, JsonSchemaType type = JsonSchemaType.String)
    {
        if (operation.Parameters!.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) && p.In == location))
        {
            var existing = operation.Parameters!.First(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) && p.In == location);
            if (existing is OpenApiParameter parameter)
            {
                parameter.Description = description;
            }
            return;
        }
        operation.Parameters!.Add(new OpenApiParameter
        {
            Name = name,
            In = location,
            Description = description,
            Schema = new OpenApiSchema { Type = type },
            Example = example is null ? null : System.Text.Json.Nodes.JsonValue.Create(example),
        });
    }
}
