using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SelfHelp.Core.DeliveryApi.Querying;

namespace SelfHelp.Web.DeliveryApi;

/// <summary>Expected failures of the Delivery API as Umbraco words them, mapped to ProblemDetails in one place.</summary>
internal static class DeliveryApiProblems
{
    public static ProblemHttpResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult ForQuery(DeliveryQueryStatus status)
    {
        var (title, detail) = status switch
        {
            DeliveryQueryStatus.FilterOptionNotFound => ("Filter option not found", "One of the attempted 'filter' options does not exist"),
            DeliveryQueryStatus.SelectorOptionNotFound => ("Selector option not found", "The attempted 'fetch' option does not exist"),
            DeliveryQueryStatus.SortOptionNotFound => ("Sort option not found", "One of the attempted 'sort' options does not exist"),
            _ => ("Unknown content query status", $"Content query status \"{status}\" was not expected here"),
        };
        return TypedResults.Problem(new ProblemDetails { Type = "Error", Title = title, Detail = detail, Status = StatusCodes.Status400BadRequest });
    }
}
