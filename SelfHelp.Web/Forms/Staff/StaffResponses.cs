using System.Text.Json.Nodes;
using SelfHelp.Core.Forms.Entries;

namespace SelfHelp.Web.Forms.Staff;

/// <summary>One entry as the staff API shows it, with its history and its workflows.</summary>
public sealed record EntryDetails(EntryView Entry, IReadOnlyList<FormEntryAuditLine> History, IReadOnlyList<FormWorkflowJobInfo> Workflows);

/// <summary>Whose data a personal-data export is about.</summary>
public sealed record SubjectView(PersonalIdentifierKind Kind, string Value);

/// <summary>Everything held about one person (a data access request), masked for the signed-in member's role.</summary>
public sealed record PersonalDataView(
    SubjectView Subject, IReadOnlyList<EntryView> Entries, IReadOnlyList<JsonObject> Volunteers, IReadOnlyList<JsonObject> Registrations,
    IReadOnlyList<JsonObject> SupportRequests, IReadOnlyList<JsonObject> RelayedMessages);

/// <summary>How many of a person's entries were erased.</summary>
public sealed record PersonalDataErased(int ErasedEntries);
