using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.Content;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.Media;

/// <summary>Turns a refused engine operation on media into Umbraco's problem answers, in the user's language.</summary>
internal static class MediaResultProblems
{
    public static ProblemHttpResult From(OperationResult result, BackOfficeUser user, IReadOnlyList<MediaValueModel>? values = null) => result.Status switch
    {
        OperationStatus.NotFound => Common.ManagementProblems.NotFound(MediaText.Get(user, "NotFound"), result.Message),
        OperationStatus.ValidationFailed => Common.ManagementProblems.Validation(ErrorsOf(result), MediaText.Get(user, "SaveFailed"), result.Message),
        OperationStatus.ConcurrencyConflict => Common.ManagementProblems.Conflict(MediaText.Get(user, "SaveFailed"), result.Message, "ConcurrencyConflict"),
        OperationStatus.CancelledByHandler => Common.ManagementProblems.BadRequest(MediaText.Get(user, "SaveFailed"), result.Message, "CancelledByNotification"),
        _ => Common.ManagementProblems.BadRequest(MediaText.Get(user, "NotAllowed"), result.Message, result.Status.ToString()),
    };

    private static Dictionary<string, string[]> ErrorsOf(OperationResult result) => result.Errors
        .GroupBy(e => string.Equals(e.Alias, "name", StringComparison.OrdinalIgnoreCase) ? "$.variants[0].name" : MediaEditRequest.ValuePath(e.Alias, e.Culture))
        .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
}
