using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SelfHelp.Web.Api;

namespace SelfHelp.Web.Forms.Api;

/// <summary>The Forms delivery API's OpenAPI document, where Umbraco Forms serves it: <c>/umbraco/swagger/forms/swagger.json</c>.</summary>
internal static class FormsApiOpenApi
{
    public const string DocumentName = "forms";

    public static string DocumentRoute => ApiDocuments.UmbracoSwaggerRoute(DocumentName);

    public static void Configure(OpenApiOptions options)
    {
        ApiDocuments.Describe(options, DocumentName,
            "Umbraco Forms API",
            "Forms for rendering and posting, as Umbraco Forms' headless delivery API: a form's definition in one culture, and entries. " +
            "Browsers send the antiforgery token; servers send the Api-Key header. Problems are ProblemDetails; an invalid entry is a 422 with errors by field alias.");
        // The entry is read by hand (a value may be a string, strings or files), so its body is described here rather than bound;
        // an Accepts() would also turn a non-JSON post into the API prefix's 404 instead of the endpoint's 415.
        options.AddOperationTransformer(async (operation, context, cancellationToken) =>
        {
            if (context.Description.HttpMethod == HttpMethods.Post)
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(FormEntryDto), null, cancellationToken) },
                    },
                };
            }
        });
    }
}

/// <summary>The body of an entry as Umbraco Forms' FormEntryDto (documented here; <c>FormEntryRequest</c> reads it).</summary>
/// <param name="Values">By field alias: a string, an array of strings, or an array of files <c>{ fileName, fileContents }</c> with the contents as a data URL.</param>
/// <param name="ContentId">The page the form was shown on (key or id).</param>
/// <param name="Culture">The language to answer in (<c>en-US</c> or <c>zh-HK</c>).</param>
public sealed record FormEntryDto(IReadOnlyDictionary<string, JsonElement> Values, string? ContentId, string? Culture);
