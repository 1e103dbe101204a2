using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.Content;
using SelfHelp.Web.ManagementApi.Common;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.DocumentOperations;

/// <summary>The engine's failed outcomes as Umbraco's problems, in the user's language, with the engine's message as detail.</summary>
internal static class DocumentOperationProblems
{
    public static ProblemHttpResult From(OperationResult result, BackOfficeUser user) => result.Status switch
    {
        OperationStatus.NotFound => ManagementProblems.NotFound(DocumentOperationText.DocumentNotFound.For(user), result.Message),
        OperationStatus.ConcurrencyConflict => ManagementProblems.Conflict(DocumentOperationText.Conflict.For(user), result.Message, "ConcurrencyConflict"),
        OperationStatus.CancelledByHandler => ManagementProblems.BadRequest(DocumentOperationText.Cancelled.For(user), result.Message, "CancelledByNotification"),
        OperationStatus.ParentNotPublished => ManagementProblems.BadRequest(DocumentOperationText.ParentNotPublished.For(user), result.Message, "ParentNotPublished"),
        OperationStatus.ValidationFailed => ManagementProblems.Validation(
            result.Errors.GroupBy(e => e.Culture is null ? $"$.{e.Alias}" : $"$.{e.Alias}[{e.Culture}]").ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            DocumentOperationText.Invalid.For(user), result.Message),
        _ => ManagementProblems.BadRequest(DocumentOperationText.NotAllowed.For(user), result.Message, "NotAllowed"),
    };
}

/// <summary>Umbraco's <c>skip</c>/<c>take</c> (take 100 when not given), or a 400 naming the wrong value.</summary>
internal readonly record struct DocumentPaging(int Skip, int Take)
{
    public static bool TryRead(int? skip, int? take, BackOfficeUser user, out DocumentPaging paging, out ProblemHttpResult? problem)
    {
        paging = new DocumentPaging(skip ?? 0, take ?? 100);
        var errors = new Dictionary<string, string[]>();
        if (paging.Skip < 0)
        {
            errors["skip"] = ["skip must be 0 or more."];
        }
        if (paging.Take is < 0 or > 1000)
        {
            errors["take"] = ["take must be between 0 and 1000."];
        }
        problem = errors.Count == 0 ? null : ManagementProblems.Validation(errors, DocumentOperationText.BadPaging.For(user), operationStatus: "InvalidPaging");
        return problem is null;
    }

    public PagedViewModel<T> Page<T>(IReadOnlyList<T> all) => new(all.Count, all.Skip(Skip).Take(Take).ToList());

    public PagedViewModel<TOut> Page<TIn, TOut>(IReadOnlyList<TIn> all, Func<TIn, TOut> map) => new(all.Count, all.Skip(Skip).Take(Take).Select(map).ToList());
}
