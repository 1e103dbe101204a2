using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Web.ManagementApi.Common;

namespace SelfHelp.Web.ManagementApi.ContentTypes;

/// <summary>The document, element and media type operations' expected failures, with Umbraco's operation statuses.</summary>
internal static class ContentTypeProblems
{
    public static ProblemHttpResult NotFound(ContentTypeKind kind) =>
        ManagementProblems.NotFound(kind == ContentTypeKind.Media ? TypeText.Pick("The media type could not be found", "找不到此媒體類型") : TypeText.Pick("The document type could not be found", "找不到此文件類型"),
            operationStatus: "NotFound");

    public static ProblemHttpResult Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        ManagementProblems.Validation(errors, TypeText.Pick("Invalid type", "類型無效"), TypeText.Pick("The type has errors; see the marked fields.", "類型有錯誤，請查看已標示的欄位。"), "InvalidType");

    public static ProblemHttpResult Refused(string title, string detail, string operationStatus) =>
        ManagementProblems.BadRequest(title, detail, operationStatus);
}
