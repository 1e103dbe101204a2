using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Forms;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Forms.Localisation;
using SelfHelp.Core.Forms.Validation;
using SelfHelp.Core.PublishedCache;
using SelfHelp.Web.Api;
using SelfHelp.Web.Forms.Protection;

namespace SelfHelp.Web.Forms.Api;

/// <summary>
/// Umbraco Forms' headless delivery API: the definition of a form (FormDto) and the submission of an entry, with
/// Umbraco's statuses (202, 400, 404, 415, 422). Browsers send the antiforgery token; servers send the Api-Key.
/// Unlike Umbraco, custom validation hooks run for API posts too, and a disallowed upload is a 422.
/// </summary>
public static class FormsDeliveryApi
{
    public const string BasePath = "/umbraco/forms/delivery/api/v1";

    public static IEndpointRouteBuilder MapFormsDeliveryApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(BasePath).WithTags("Forms").WithGroupName(FormsApiOpenApi.DocumentName).DisableAntiforgery();
        api.MapGet("/definitions/{id:guid}", GetDefinitionAsync).WithName("GetFormDefinition")
            .WithSummary("A form's definition (Umbraco Forms' FormDto) in one culture");
        api.MapPost("/entries/{id:guid}", PostEntryAsync).WithName("PostFormEntry")
            .WithSummary("Submit an entry (Umbraco Forms' FormEntryDto): values by field alias, uploads as data URLs")
            .RequireRateLimiting(FormsRateLimiting.Policy)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(FormsRequestLimits.MaxRequestBytes));
        endpoints.MapOpenApi(FormsApiOpenApi.DocumentRoute);
        return endpoints;
    }

    private static async Task<Results<Ok<object>, ApiProblem<Status401Unauthorized>, ApiProblem<Status404NotFound>>> GetDefinitionAsync(
        Guid id, string? culture, HttpContext http, IFormService forms, IFormTextProvider texts, FormDtoBuilder dtos,
        IOptions<FormsOptions> options, IOptions<FormsSecurityOptions> security, CancellationToken cancellationToken)
    {
        if (!options.Value.EnableFormsApi)
        {
            return ApiDisabled();
        }
        if (!security.Value.EnableAntiForgeryTokenForFormsApi && HasKey(security.Value) && !ValidKey(http, security.Value))
        {
            return NoKey();
        }
        if (await forms.GetAsync(id, cancellationToken) is not { } form)
        {
            return FormNotFound();
        }
        return TypedResults.Ok(dtos.Build(form, await texts.ForCultureAsync(culture, cancellationToken)));
    }

    private static async Task<Results<Accepted<object>, ApiProblem<Status400BadRequest>, ApiProblem<Status401Unauthorized>, ApiProblem<Status404NotFound>,
        ApiProblem<Status415UnsupportedMediaType>, ApiProblem<Status422UnprocessableEntity>>> PostEntryAsync(
        Guid id, HttpContext http, IFormService forms, IFormSubmissionService submissions, IFormTextProvider texts, FormDtoBuilder dtos,
        IAntiforgery antiforgery, IPublishedContentCache cache, IOptions<FormsOptions> options, IOptions<FormsSecurityOptions> security, CancellationToken cancellationToken)
    {
        if (!options.Value.EnableFormsApi)
        {
            return ApiDisabled();
        }
        if (!http.Request.HasJsonContentType())
        {
            return ApiProblems.UnsupportedMediaType("The request body must be JSON (Content-Type: application/json).");
        }
        if (!ValidKey(http, security.Value))
        {
            if (security.Value.EnableAntiForgeryTokenForFormsApi)
            {
                if (!await antiforgery.IsRequestValidAsync(http))
                {
                    return ApiProblems.BadRequest(ApiProblems.Types.AntiforgeryToken, "The antiforgery token is missing or invalid.", null);
                }
            }
            else if (HasKey(security.Value))
            {
                return NoKey();
            }
        }
        FormEntryRequest request;
        try
        {
            request = await FormEntryRequest.ReadAsync(http.Request.Body, cancellationToken);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return ApiProblems.BadRequest(ApiProblems.Types.UnreadableBody, "The request body could not be read.", e.Message);
        }
        if (await forms.GetAsync(id, cancellationToken) is not { } form)
        {
            return FormNotFound();
        }
        var contentKey = Guid.TryParse(request.ContentId, out var key) ? key
            : int.TryParse(request.ContentId, out var contentId) ? cache.Current.GetById(contentId)?.Key : null;
        var result = await submissions.SubmitAsync(new FormSubmission
        {
            FormKey = form.Key, Culture = request.Culture, ContentKey = contentKey, Values = request.Values, Files = request.Files,
            ClientAddress = http.Connection.RemoteIpAddress?.ToString(), Channel = "api",
        }, cancellationToken);
        return result.Status switch
        {
            FormSubmitStatus.Invalid => ApiProblems.Unprocessable(result.Errors, "One or more validation errors occurred."),
            FormSubmitStatus.NotFound => FormNotFound(),
            _ => TypedResults.Accepted((string?)null, dtos.Accepted(form, await texts.ForCultureAsync(request.Culture, cancellationToken))),
        };
    }

    // Umbraco Forms answers a switched-off API as if it were not there.
    private static ApiProblem<Status404NotFound> ApiDisabled() => ApiProblems.NotFound("The Forms API is not enabled.");

    private static ApiProblem<Status404NotFound> FormNotFound() => ApiProblems.NotFound("Form not found");

    private static ApiProblem<Status401Unauthorized> NoKey() => ApiProblems.Unauthorized("This API needs the Api-Key header.");

    private static bool HasKey(FormsSecurityOptions security) => !string.IsNullOrEmpty(security.FormsApiKey);

    // Compared in constant time, so the key cannot be guessed a character at a time.
    private static bool ValidKey(HttpContext http, FormsSecurityOptions security) =>
        HasKey(security) && http.Request.Headers["Api-Key"].ToString() is { Length: > 0 } sent
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(security.FormsApiKey));
}

/// <summary>Umbraco Forms' FormEntryDto, read by hand so each value may be a string, an array of strings, or uploaded files.</summary>
internal sealed record FormEntryRequest(
    Dictionary<string, IReadOnlyList<string>> Values, Dictionary<string, IReadOnlyList<UploadedFile>> Files, string? ContentId, string? Culture)
{
    public static async Task<FormEntryRequest> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("The body must be an object with a 'values' object.");
        }
        var texts = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        var files = new Dictionary<string, IReadOnlyList<UploadedFile>>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values.EnumerateObject())
        {
            switch (value.Value.ValueKind)
            {
                case JsonValueKind.String:
                    texts[value.Name] = [value.Value.GetString()!];
                    break;
                case JsonValueKind.Array when value.Value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String):
                    texts[value.Name] = value.Value.EnumerateArray().Select(v => v.GetString()!).ToList();
                    break;
                case JsonValueKind.Array when value.Value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.Object):
                    files[value.Name] = value.Value.EnumerateArray().Select(ReadFile).ToList();
                    break;
                case JsonValueKind.Null:
                    break;
                default:
                    throw new FormatException($"The value of '{value.Name}' must be a string, an array of strings or an array of files.");
            }
        }
        return new FormEntryRequest(texts, files, Text(root, "contentId"), Text(root, "culture"));
    }

    // Umbraco's upload shape: { "fileName": "x.jpg", "fileContents": "data:image/jpeg;base64,..." }.
    private static UploadedFile ReadFile(JsonElement file)
    {
        var name = file.TryGetProperty("fileName", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : throw new FormatException("A file has no fileName.");
        var contents = file.TryGetProperty("fileContents", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : throw new FormatException("A file has no fileContents.");
        var comma = contents.IndexOf(',');
        return new UploadedFile(name, Convert.FromBase64String(comma >= 0 && contents.StartsWith("data:", StringComparison.Ordinal) ? contents[(comma + 1)..] : contents));
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;
}
