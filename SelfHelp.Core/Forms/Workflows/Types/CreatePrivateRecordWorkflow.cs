using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Content;
using SelfHelp.Core.Forms.Records;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.PublishedCache;

namespace SelfHelp.Core.Forms.Workflows.Types;

/// <summary>
/// Makes the private record an entry stands for (<c>Record</c>: volunteer, workshopRegistration or supportRequest) from
/// the conventional field aliases (name, email, phone, districts, ...). A workshop registration is for the page the
/// form was on and is confirmed or waitlisted by that workshop's capacity. Each entry makes at most one record.
/// </summary>
internal sealed class CreatePrivateRecordWorkflow(
    IDbContextFactory<SelfHelpDbContext> contexts, WorkshopSeats seats, IPublishedContentCache cache, TimeProvider clock) : IFormWorkflowType
{
    public Guid Id => FormWorkflowTypeIds.CreatePrivateRecord;
    public string Alias => "createPrivateRecord";

    public async Task<WorkflowResult> ExecuteAsync(WorkflowContext context, CancellationToken cancellationToken) =>
        context.Workflow.Setting("Record") switch
        {
            "volunteer" => await VolunteerAsync(context, cancellationToken),
            "workshopRegistration" => await RegistrationAsync(context, cancellationToken),
            "supportRequest" => await SupportRequestAsync(context, cancellationToken),
            var other => WorkflowResult.Failure($"'{other}' is not a kind of private record (volunteer, workshopRegistration, supportRequest)."),
        };

    private async Task<WorkflowResult> VolunteerAsync(WorkflowContext context, CancellationToken cancellationToken)
    {
        var skills = List(context, "skills").Concat(context.Value("otherSkill") is { } other ? [other] : []).ToList();
        return await AddOnceAsync(db => db.Volunteers.AnyAsync(v => v.EntryId == context.Entry.Id, cancellationToken), db => db.Volunteers.Add(new VolunteerEntity
        {
            Id = Guid.NewGuid(), EntryId = context.Entry.Id, Name = Required(context, "name"), Email = Required(context, "email"), Phone = context.Value("phone"),
            DistrictsJson = Json(List(context, "districts")), LanguagesJson = Json(List(context, "languages")), SkillsJson = Json(skills),
            AvailabilityJson = Json(List(context, "availability")), SupportNeeds = context.Value("supportNeeds"), ConsentUtc = context.Entry.CreatedUtc,
            Status = VolunteerStatus.Applicant, CreatedUtc = clock.GetUtcNow().UtcDateTime,
        }), "volunteer", cancellationToken);
    }

    private async Task<WorkflowResult> SupportRequestAsync(WorkflowContext context, CancellationToken cancellationToken)
    {
        var need = Required(context, "need") + (context.Value("urgentReason") is { } reason ? $"\n\n{reason}" : "");
        return await AddOnceAsync(db => db.SupportRequests.AnyAsync(r => r.EntryId == context.Entry.Id, cancellationToken), db => db.SupportRequests.Add(new SupportRequestEntity
        {
            Id = Guid.NewGuid(), EntryId = context.Entry.Id, GroupName = Required(context, "groupName"), ContactName = Required(context, "contactName"),
            Email = Required(context, "email"), Phone = context.Value("phone"), Need = need, District = context.Value("district"),
            Urgency = context.Value("urgency"), Status = SupportRequestStatus.Open, CreatedUtc = clock.GetUtcNow().UtcDateTime,
        }), "support request", cancellationToken);
    }

    private async Task<WorkflowResult> RegistrationAsync(WorkflowContext context, CancellationToken cancellationToken)
    {
        if (context.Entry.ContentKey is not { } key || cache.Current.GetByKey(key) is not { ContentTypeAlias: "workshop" } workshop)
        {
            return WorkflowResult.Failure("the entry was not sent from a published workshop page.");
        }
        var capacity = workshop.GetValue("capacity", context.Entry.Culture) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var places) && places > 0 ? places : (int?)null;
        var status = await RegisterAsync(new WorkshopRegistrationEntity
        {
            Id = Guid.NewGuid(), EntryId = context.Entry.Id, WorkshopKey = key, Name = Required(context, "name"), Email = Required(context, "email"),
            Phone = context.Value("phone"), GroupName = context.Value("groupName"), Needs = context.Value("accessNeeds"), Culture = context.Entry.Culture,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        }, capacity, cancellationToken);
        return WorkflowResult.Success($"registration {status.ToString().ToLowerInvariant()} (capacity {capacity?.ToString() ?? "unlimited"}).");
    }

    private Task<RegistrationStatus> RegisterAsync(WorkshopRegistrationEntity registration, int? capacity, CancellationToken cancellationToken) =>
        seats.RegisterAsync(registration, capacity, cancellationToken);

    private async Task<WorkflowResult> AddOnceAsync(
        Func<SelfHelpDbContext, Task<bool>> exists, Action<SelfHelpDbContext> add, string what, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        if (await exists(db))
        {
            return WorkflowResult.Success($"the {what} record already exists.");
        }
        add(db);
        await db.SaveChangesAsync(cancellationToken);
        return WorkflowResult.Success($"created the {what} record.");
    }

    private static IReadOnlyList<string> List(WorkflowContext context, string alias) => context.Values.GetValueOrDefault(alias) ?? [];

    private static string Required(WorkflowContext context, string alias) =>
        context.Value(alias) ?? throw new InvalidOperationException($"the form has no answer for '{alias}', which this record needs.");

    private static string Json(IReadOnlyList<string> values) => JsonSerializer.Serialize(values, ContentJson.Options);
}
