using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.ContentTypes;

namespace SelfHelp.Web.ManagementApi.DataTypes;

/// <summary>The data type operations' expected failures, with Umbraco's titles and operation statuses.</summary>
internal static class DataTypeProblems
{
    public static ProblemHttpResult NotFound() =>
        ManagementProblems.NotFound(TypeText.Pick("The data type could not be found", "找不到此資料類型"), operationStatus: "NotFound");

    public static ProblemHttpResult Invalid(string detail, string operationStatus) =>
        ManagementProblems.BadRequest(TypeText.Pick("Invalid data type", "資料類型無效"), detail, operationStatus);

    public static ProblemHttpResult DuplicateKey() =>
        ManagementProblems.BadRequest(TypeText.Pick("Duplicate key", "識別碼重複"), TypeText.Pick("A data type with this id already exists.", "已有資料類型使用此識別碼。"), "DuplicateKey");

    public static ProblemHttpResult InUse() =>
        ManagementProblems.BadRequest(TypeText.Pick("The data type is in use", "此資料類型正在使用中"),
            TypeText.Pick("Properties of document, element or media types use this data type; change them first.", "有文件、元素或媒體類型的屬性正在使用此資料類型；請先修改這些屬性。"), "NonDeletable");
}
