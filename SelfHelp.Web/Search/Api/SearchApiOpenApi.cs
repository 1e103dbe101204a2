using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using SelfHelp.Core.Search;
using SelfHelp.Core.Vocabulary;

namespace SelfHelp.Web.Search.Api;

/// <summary>
/// The OpenAPI document of our own APIs (<c>/openapi/selfhelp.json</c>), apart from the Delivery API's document,
/// which keeps Umbraco's contract and URL: only endpoints in the <see cref="DocumentName"/> group appear here.
/// </summary>
internal static class SearchApiOpenApi
{
    public const string DocumentName = "selfhelp";

    // The constraint keeps this route to our document: other documents are served at their own URLs.
    public const string DocumentRoute = "/openapi/{documentName:regex(^" + DocumentName + "$)}.json";

    public static void Configure(OpenApiOptions options)
    {
        options.ShouldInclude = description => description.GroupName == DocumentName;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "SelfHelp APIs",
                Version = "v1",
                Description = "The site's own APIs: public search over published content in English and Traditional Chinese. " +
                    "Problems with a request are answered with 400 and a ProblemDetails body naming each parameter at fault.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var search = context.ApplicationServices.GetRequiredService<IOptions<SearchOptions>>().Value;
            AddFacetParameters(operation, context.ApplicationServices.GetRequiredService<ISiteVocabulary>());
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                // Bound as text so a bad number gets a ProblemDetails of ours, but documented as what it must be.
                switch (parameter.Name)
                {
                    case "page":
                        parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Default = JsonValue.Create(1) };
                        break;
                    case "pageSize":
                        parameter.Schema = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Integer,
                            Format = "int32",
                            Minimum = "1",
                            Maximum = search.MaxPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
                            Default = JsonValue.Create(search.DefaultPageSize),
                        };
                        break;
                    case "culture":
                        parameter.Example = JsonValue.Create("en-US");
                        break;
                    case "q" when context.Description.RelativePath?.EndsWith("suggest", StringComparison.Ordinal) == true:
                        parameter.Required = true;
                        break;
                }
            }
            return Task.CompletedTask;
        });
        options.AddSchemaTransformer((schema, _, _) =>
        {
            // The web JSON defaults also read numbers written as strings; our responses always write numbers.
            if (schema.Type == (JsonSchemaType.Integer | JsonSchemaType.String))
            {
                schema.Type = JsonSchemaType.Integer;
                schema.Pattern = null;
            }
            return Task.CompletedTask;
        });
    }

    /// <summary>The facets are read from the query string by key (they are configuration), so they are documented here, after <c>type</c>.</summary>
    private static void AddFacetParameters(OpenApiOperation operation, ISiteVocabulary vocabulary)
    {
        if (operation.Parameters is not { } parameters
            || parameters.OfType<OpenApiParameter>().FirstOrDefault(p => p.Name == SearchInput.TypeParameter) is not { } type)
        {
            return;
        }
        var at = parameters.IndexOf(type);
        foreach (var facet in vocabulary.SearchFacets)
        {
            parameters.Insert(++at, new OpenApiParameter
            {
                Name = facet.Key,
                In = ParameterLocation.Query,
                Description = $"`{facet.Key}` keys (labelled by the dictionary items `{facet.LabelPrefix}.*`), repeated or comma-separated: any of them matches.",
                Schema = type.Schema,
                Style = type.Style,
                Explode = type.Explode,
            });
        }
    }
}
