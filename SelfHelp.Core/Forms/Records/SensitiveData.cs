using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Forms.Workflows;

namespace SelfHelp.Core.Forms.Records;

/// <summary>The kinds of private record made from entries.</summary>
public enum PrivateRecordKind
{
    Volunteer,
    WorkshopRegistration,
    SupportRequest,
    RelayedMessage,
}

/// <summary>
/// The one rule of what is sensitive, derived from the forms' <c>ContainsSensitiveData</c> flags: an entry's answer is
/// sensitive when its field is; a record's value is sensitive when the answer it was copied from is sensitive on any
/// form that makes that kind of record. Every way personal data leaves the engine (entries, records, exports, a
/// person's data, uploads) asks this type.
/// </summary>
public sealed class SensitiveData
{
    // Which answers each record value is copied from: the aliases CreatePrivateRecordWorkflow and RelayToGroupWorkflow read.
    private static readonly Dictionary<PrivateRecordKind, Dictionary<string, string[]>> Sources = new()
    {
        [PrivateRecordKind.Volunteer] = new()
        {
            [nameof(Volunteer.Name)] = ["name"], [nameof(Volunteer.Email)] = ["email"], [nameof(Volunteer.Phone)] = ["phone"],
            [nameof(Volunteer.Districts)] = ["districts"], [nameof(Volunteer.Languages)] = ["languages"], [nameof(Volunteer.Skills)] = ["skills", "otherSkill"],
            [nameof(Volunteer.Availability)] = ["availability"], [nameof(Volunteer.SupportNeeds)] = ["supportNeeds"],
        },
        [PrivateRecordKind.WorkshopRegistration] = new()
        {
            [nameof(WorkshopRegistration.Name)] = ["name"], [nameof(WorkshopRegistration.Email)] = ["email"], [nameof(WorkshopRegistration.Phone)] = ["phone"],
            [nameof(WorkshopRegistration.GroupName)] = ["groupName"], [nameof(WorkshopRegistration.Needs)] = ["accessNeeds"],
        },
        [PrivateRecordKind.SupportRequest] = new()
        {
            [nameof(SupportRequest.GroupName)] = ["groupName"], [nameof(SupportRequest.ContactName)] = ["contactName"], [nameof(SupportRequest.Email)] = ["email"],
            [nameof(SupportRequest.Phone)] = ["phone"], [nameof(SupportRequest.Need)] = ["need", "urgentReason"], [nameof(SupportRequest.District)] = ["district"],
            [nameof(SupportRequest.Urgency)] = ["urgency"],
        },
        [PrivateRecordKind.RelayedMessage] = new()
        {
            [nameof(RelayedMessage.SenderName)] = ["name"], [nameof(RelayedMessage.SenderEmail)] = ["email"], [nameof(RelayedMessage.Message)] = ["message"],
        },
    };

    private readonly Dictionary<PrivateRecordKind, IReadOnlyList<string>> _sensitiveRecordValues;

    private SensitiveData(Dictionary<PrivateRecordKind, IReadOnlyList<string>> sensitiveRecordValues) => _sensitiveRecordValues = sensitiveRecordValues;

    /// <summary>The rule for the forms as they are defined now.</summary>
    public static SensitiveData From(IEnumerable<FormDefinition> forms)
    {
        var all = forms.ToList();
        return new SensitiveData(Sources.ToDictionary(kind => kind.Key, kind =>
        {
            var makers = all.Where(f => f.Workflows.Any(w => Makes(w, kind.Key))).ToList();
            return (IReadOnlyList<string>)kind.Value.Where(value => makers.Any(f => value.Value.Any(alias => IsSensitive(f, alias)))).Select(v => v.Key).ToList();
        }));
    }

    /// <summary>Whether the answer to <paramref name="alias"/> on <paramref name="form"/> is sensitive.</summary>
    public static bool IsSensitive(FormDefinition form, string alias) => form.FindField(alias) is { ContainsSensitiveData: true };

    /// <summary>The names of a record kind's values (its model's property names) that are sensitive.</summary>
    public IReadOnlyList<string> SensitiveValuesOf(PrivateRecordKind kind) => _sensitiveRecordValues[kind];

    /// <summary>The entry as someone may see it: sensitive answers and files left out unless <paramref name="canSeeSensitive"/>, their aliases listed as withheld.</summary>
    public static MaskedEntry Mask(FormEntry entry, FormDefinition form, bool canSeeSensitive)
    {
        bool Hidden(string alias) => !canSeeSensitive && IsSensitive(form, alias);
        return new MaskedEntry(
            entry with
            {
                Values = entry.Values.Where(v => !Hidden(v.Key)).ToDictionary(v => v.Key, v => v.Value, StringComparer.OrdinalIgnoreCase),
                Files = entry.Files.Where(f => !Hidden(f.FieldAlias)).ToList(),
            },
            entry.Values.Keys.Concat(entry.Files.Select(f => f.FieldAlias)).Where(Hidden).Distinct(StringComparer.OrdinalIgnoreCase).ToList());
    }

    private static bool Makes(FormWorkflow workflow, PrivateRecordKind kind) => kind switch
    {
        PrivateRecordKind.RelayedMessage => workflow.WorkflowTypeId == FormWorkflowTypeIds.RelayToGroup,
        _ => workflow.WorkflowTypeId == FormWorkflowTypeIds.CreatePrivateRecord
             && string.Equals(workflow.Setting("Record"), kind switch
             {
                 PrivateRecordKind.Volunteer => "volunteer",
                 PrivateRecordKind.WorkshopRegistration => "workshopRegistration",
                 _ => "supportRequest",
             }, StringComparison.OrdinalIgnoreCase),
    };
}

/// <summary>An entry with its sensitive answers and files taken out, and the aliases that were withheld.</summary>
public sealed record MaskedEntry(FormEntry Entry, IReadOnlyList<string> Withheld);
