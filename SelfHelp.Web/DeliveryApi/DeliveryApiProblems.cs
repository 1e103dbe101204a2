using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SelfHelp.Core.DeliveryApi.Querying;

namespace SelfHelp.Web.DeliveryApi;

/// <summary>Expected failures of the Delivery API as Umbraco words them, mapped to ProblemDetails in one place.</summary>
internal static class DeliveryApiProblems
{
    public static ProblemHttpResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound);

    /// <summary>A 400 for paging outside what a query may ask (negative, or more than <paramref name="maxTake"/> at once); null when it is fine.</summary>
    public static ProblemHttpResult? ForPaging(int skip, int take, int maxTake) =>
        skip < 0 || take < 0 || take > maxTake
            ? TypedResults.Problem(new ProblemDetails
            {
                Type = "Error",
                Title = "Invalid paging",
                Detail = $"Skip must be 0 or more and take between 0 and {maxTake}",
                Status = StatusCodes.Status400BadRequest,
            })
            : null;

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
