using SelfHelp.Core.Forms.Entries;

namespace SelfHelp.Web.Forms.Staff;

/// <summary>The staff API's <c>skip</c>/<c>take</c> query values as a <see cref="PageRequest"/>, or a 400 ProblemDetails naming what is wrong.</summary>
internal static class Paging
{
    public static PageRequest? Read(int? skip, int? take)
    {
        var page = new PageRequest(skip ?? 0, take ?? PageRequest.DefaultTake);
        return page.Problems().Count == 0 ? page : null;
    }

    public static IResult Problem(int? skip, int? take) =>
        Results.ValidationProblem(new PageRequest(skip ?? 0, take ?? PageRequest.DefaultTake).Problems(), title: "The paging values are not valid.");
}
