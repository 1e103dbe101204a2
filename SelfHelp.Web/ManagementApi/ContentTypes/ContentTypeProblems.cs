using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Web.ManagementApi.Common;

namespace SelfHelp.Web.ManagementApi.ContentTypes;

/// <summary>The document, element and media type operations' expected failures, with Umbraco's operation statuses.</summary>
internal static class ContentTypeProblems
{
    public static ProblemHttpResult NotFound(ContentTypeKind kind) =>
        ManagementProblems.NotFound(kind == ContentTypeKind.Media ? "The media type could not be found" : "The document type could not be found",
            operationStatus: "NotFound");

    public static ProblemHttpResult Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        ManagementProblems.Validation(errors, "Invalid type", "The type has errors; see the marked fields.", "InvalidType");

    public static ProblemHttpResult Refused(string title, string detail, string operationStatus) =>
        ManagementProblems.BadRequest(title, detail, operationStatus);
}
