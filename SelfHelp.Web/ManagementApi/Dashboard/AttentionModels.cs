namespace SelfHelp.Web.ManagementApi.Dashboard;

/// <summary>The Content section's "Needs attention" dashboard: counts and short lists, never a person's details.</summary>
public sealed record AttentionResponseModel(
    IReadOnlyList<AttentionFormModel> NewEntries, IReadOnlyList<AttentionScheduleModel> Scheduled, IReadOnlyList<AttentionWaitingListModel> WaitingLists);

/// <summary>A form with new (submitted, not yet moderated) entries.</summary>
public sealed record AttentionFormModel(Guid Id, string Name, int Count);

/// <summary>A scheduled publish or unpublish of a document (one culture, or all when <c>culture</c> is null) in the coming days.</summary>
public sealed record AttentionScheduleModel(Guid Id, string Name, string? Culture, string Action, DateTime Date);

/// <summary>A workshop with people on its waiting list, and how many seats are confirmed.</summary>
public sealed record AttentionWaitingListModel(Guid Id, string Name, int Waiting, int Confirmed);
