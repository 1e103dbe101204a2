using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Web.ManagementApi.Common;

namespace SelfHelp.Web.ManagementApi.DataTypes;

/// <summary>The data type operations' expected failures, with Umbraco's titles and operation statuses.</summary>
internal static class DataTypeProblems
{
    public static ProblemHttpResult NotFound() =>
        ManagementProblems.NotFound("The data type could not be found", operationStatus: "NotFound");

    public static ProblemHttpResult Invalid(string detail, string operationStatus) =>
        ManagementProblems.BadRequest("Invalid data type", detail, operationStatus);

    public static ProblemHttpResult DuplicateKey() =>
        ManagementProblems.BadRequest("Duplicate key", "A data type with this id already exists.", "DuplicateKey");

    public static ProblemHttpResult InUse() =>
        ManagementProblems.BadRequest("The data type is in use",
            "Properties of document, element or media types use this data type; change them first.", "NonDeletable");
}
