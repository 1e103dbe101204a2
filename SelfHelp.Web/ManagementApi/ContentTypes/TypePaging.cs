using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Web.ManagementApi.Common;

namespace SelfHelp.Web.ManagementApi.ContentTypes;

/// <summary>Skip/take over an in-memory list of types, as every type and data type list of the Management API pages.</summary>
internal static class TypePaging
{
    /// <summary>A 400 when skip or take is negative; null when they are fine.</summary>
    public static ProblemHttpResult? Invalid(int skip, int take) =>
        skip < 0 || take < 0
            ? ManagementProblems.BadRequest(TypeText.Pick("Invalid paging", "分頁參數無效"), TypeText.Pick("Skip and take must not be negative.", "skip 及 take 不可為負數。"), "InvalidSkipTake")
            : null;

    public static PagedViewModel<T> Page<T>(IReadOnlyCollection<T> all, int skip, int take) =>
        new(all.Count, all.Skip(skip).Take(take).ToList());
}
