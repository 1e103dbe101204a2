using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Web.Api;

namespace SelfHelp.Web.Forms.Staff;

/// <summary>The staff API's <c>skip</c>/<c>take</c> query values as a <see cref="PageRequest"/>, or the 400 ProblemDetails naming what is wrong.</summary>
internal static class Paging
{
    public static bool TryRead(int? skip, int? take, out PageRequest page, out ValidationProblem problem)
    {
        page = new PageRequest(skip ?? 0, take ?? PageRequest.DefaultTake);
        var problems = page.Problems();
        problem = ApiProblems.Invalid(problems.ToDictionary(), "The paging values are not valid.");
        return problems.Count == 0;
    }
}
