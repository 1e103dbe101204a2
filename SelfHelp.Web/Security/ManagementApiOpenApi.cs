using SelfHelp.Web.Api;

namespace SelfHelp.Web.Security;

/// <summary>
/// The staff APIs' OpenAPI document, where Umbraco serves its Management API's: <c>/umbraco/swagger/management/swagger.json</c>
/// (sign-in, and entries and private records). Public on purpose: it describes shapes, never anyone's data, and every
/// endpoint in it still needs a staff token.
/// </summary>
internal static class ManagementApiOpenApi
{
    public const string DocumentName = "management";

    public static string DocumentRoute => ApiDocuments.UmbracoSwaggerRoute(DocumentName);

    public static void Configure(Microsoft.AspNetCore.OpenApi.OpenApiOptions options) => ApiDocuments.Describe(options, DocumentName,
        "SelfHelp Management API",
        "For staff: sign in for a bearer token, then list, read, moderate, export and erase form entries and private records, " +
        "each action behind its own role. Sensitive fields are left out for staff without the sensitive-data role. " +
        "The document describes shapes only; it holds no personal data.");
}
