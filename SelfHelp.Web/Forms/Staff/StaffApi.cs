using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Forms.Records;
using SelfHelp.Web.Api;
using SelfHelp.Web.Security;

namespace SelfHelp.Web.Forms.Staff;

/// <summary>
/// The staff API for entries and private records (a back office builds on it later): with a bearer token from the
/// staff login (<c>Security/Login</c>), list, read, moderate, export and erase, each action behind its own policy.
/// Sensitive fields are left out for staff without the sensitive-data role, and uploads are served only through here.
/// </summary>
public static class StaffApi
{
    public const string BasePath = "/umbraco/forms/management/api/v1";

    public static IEndpointRouteBuilder MapStaffApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(BasePath).WithGroupName(ManagementApiOpenApi.DocumentName).DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        var entries = api.MapGroup("").WithTags("Entries");
        entries.MapGet("/forms/{form}/entries", ListAsync).RequireAuthorization(StaffPolicies.ViewEntries);
        entries.MapGet("/forms/{form}/entries/export", ExportAsync).RequireAuthorization(StaffPolicies.ManagePersonalData)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        entries.MapGet("/entries/{id:guid}", GetAsync).RequireAuthorization(StaffPolicies.ViewEntries);
        entries.MapGet("/entries/{id:guid}/files/{fileId:guid}", FileAsync).RequireAuthorization(StaffPolicies.ViewEntries)
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream");
        entries.MapPost("/entries/{id:guid}/state", SetStateAsync).RequireAuthorization(StaffPolicies.ModerateEntries);
        entries.MapPost("/workflows/{jobId:guid}/retry", RetryAsync).RequireAuthorization(StaffPolicies.ModerateEntries);
        entries.MapDelete("/entries/{id:guid}", EraseAsync).RequireAuthorization(StaffPolicies.ManagePersonalData);
        // Whose data is asked for travels in the body, never the URL, so no access log or proxy keeps it.
        var people = api.MapGroup("/personal-data").WithTags("Personal data").RequireAuthorization(StaffPolicies.ManagePersonalData);
        people.MapPost("/export", PersonalDataAsync);
        people.MapPost("/erase", ErasePersonalDataAsync);
        var records = api.MapGroup("/records").WithTags("Private records").RequireAuthorization(StaffPolicies.ViewEntries);
        records.MapGet("/volunteers", (int? skip, int? take, ClaimsPrincipal user, IPrivateRecordService records, RecordMasking masking, CancellationToken ct) =>
            masking.PageAsync(PrivateRecordKind.Volunteer, user, skip, take, page => records.GetVolunteersAsync(page, ct), ct));
        records.MapGet("/registrations", (Guid? workshop, int? skip, int? take, ClaimsPrincipal user, IPrivateRecordService records, RecordMasking masking, CancellationToken ct) =>
            masking.PageAsync(PrivateRecordKind.WorkshopRegistration, user, skip, take, page => records.GetRegistrationsAsync(workshop, page, ct), ct));
        records.MapGet("/support-requests", (int? skip, int? take, ClaimsPrincipal user, IPrivateRecordService records, RecordMasking masking, CancellationToken ct) =>
            masking.PageAsync(PrivateRecordKind.SupportRequest, user, skip, take, page => records.GetSupportRequestsAsync(page, ct), ct));
        records.MapGet("/relayed-messages", (int? skip, int? take, ClaimsPrincipal user, IPrivateRecordService records, RecordMasking masking, CancellationToken ct) =>
            masking.PageAsync(PrivateRecordKind.RelayedMessage, user, skip, take, page => records.GetRelayedMessagesAsync(page, ct), ct));
        return endpoints;
    }

    /// <summary>Whose data is meant: exactly one of an email address or a phone number.</summary>
    public sealed record PersonalDataRequest(string? Email, string? Phone)
    {
        public PersonalDataSubject? Subject() => (string.IsNullOrWhiteSpace(Email), string.IsNullOrWhiteSpace(Phone)) switch
        {
            (false, true) when PersonalDataSubject.ByEmail(Email!) is { Normalised: not null } subject => subject,
            (true, false) when PersonalDataSubject.ByPhone(Phone!) is { Normalised: not null } subject => subject,
            _ => null,
        };

        public static ValidationProblem Problem() => ApiProblems.Invalid(
            new Dictionary<string, string[]> { ["email"] = ["Give either an email address (email) or a phone number (phone), not both."] },
            "Whose data is meant is not clear.");
    }

    /// <summary>A new state for an entry.</summary>
    public sealed record StateChange(FormEntryState State);

    private static async Task<Results<Ok<Paged<EntryView>>, ValidationProblem, ApiProblem<Status404NotFound>>> ListAsync(
        string form, FormEntryState? state, DateTime? from, DateTime? to, string? search, int? skip, int? take, ClaimsPrincipal user,
        IFormService forms, IFormEntryService entries, IAuthorizationService authorization, CancellationToken ct)
    {
        if (!Paging.TryRead(skip, take, out var page, out var problem))
        {
            return problem;
        }
        if (await FormAsync(forms, form, ct) is not { } definition)
        {
            return FormNotFound();
        }
        var sensitive = await CanSeeSensitiveAsync(authorization, user);
        var list = await entries.ListAsync(new FormEntryQuery(definition.Key, state, from, to, search), page, ct);
        return TypedResults.Ok(new Paged<EntryView>(list.Total, list.Items.Select(e => EntryView.From(e, definition, sensitive)).ToList()));
    }

    private static async Task<Results<Ok<EntryDetails>, ApiProblem<Status404NotFound>>> GetAsync(
        Guid id, ClaimsPrincipal user, IFormService forms, IFormEntryService entries, IAuthorizationService authorization, CancellationToken ct)
    {
        if (await entries.GetAsync(id, ct) is not { } entry || await forms.GetAsync(entry.FormKey, ct) is not { } form)
        {
            return EntryNotFound();
        }
        return TypedResults.Ok(new EntryDetails(
            EntryView.From(entry, form, await CanSeeSensitiveAsync(authorization, user)),
            await entries.GetAuditAsync(id, ct),
            await entries.GetWorkflowsAsync(id, ct)));
    }

    private static async Task<Results<FileStreamHttpResult, ApiProblem<Status404NotFound>, ForbidHttpResult>> FileAsync(
        Guid id, Guid fileId, ClaimsPrincipal user, IFormService forms, IFormEntryService entries, IAuthorizationService authorization, CancellationToken ct)
    {
        if (await entries.GetAsync(id, ct) is not { } entry || await forms.GetAsync(entry.FormKey, ct) is not { } form
            || entry.Files.FirstOrDefault(f => f.Id == fileId) is not { } file)
        {
            return ApiProblems.NotFound("No such file on this entry.");
        }
        if (SensitiveData.IsSensitive(form, file.FieldAlias) && !await CanSeeSensitiveAsync(authorization, user))
        {
            return TypedResults.Forbid();
        }
        var opened = await entries.OpenFileAsync(id, fileId, ct);
        return opened is null ? ApiProblems.NotFound("No such file on this entry.") : TypedResults.File(opened.Value.Content, file.ContentType, file.FileName);
    }

    private static async Task<Results<NoContent, ApiProblem<Status404NotFound>, ApiProblem<Status400BadRequest>, ApiProblem<Status409Conflict>, ValidationProblem>> SetStateAsync(
        Guid id, StateChange change, ClaimsPrincipal user, IFormEntryService entries, CancellationToken ct) =>
        (await entries.SetStateAsync(id, change.State, user.Identity!.Name!, ct)).ToApiResult(TypedResults.NoContent);

    private static async Task<Results<NoContent, ApiProblem<Status404NotFound>, ApiProblem<Status400BadRequest>, ApiProblem<Status409Conflict>, ValidationProblem>> RetryAsync(
        Guid jobId, ClaimsPrincipal user, IFormEntryService entries, CancellationToken ct) =>
        (await entries.RetryWorkflowAsync(jobId, user.Identity!.Name!, ct)).ToApiResult(TypedResults.NoContent);

    private static async Task<Results<NoContent, ApiProblem<Status404NotFound>, ApiProblem<Status400BadRequest>, ApiProblem<Status409Conflict>, ValidationProblem>> EraseAsync(
        Guid id, ClaimsPrincipal user, IFormEntryService entries, CancellationToken ct) =>
        (await entries.EraseAsync(id, user.Identity!.Name!, ct)).ToApiResult(TypedResults.NoContent);

    private static async Task<Results<Ok<IAsyncEnumerable<EntryView>>, PushStreamHttpResult, ApiProblem<Status404NotFound>>> ExportAsync(
        string form, string? format, ClaimsPrincipal user, IFormService forms, IFormEntryService entries, IAuthorizationService authorization, CancellationToken ct)
    {
        if (await FormAsync(forms, form, ct) is not { } definition)
        {
            return FormNotFound();
        }
        var sensitive = await CanSeeSensitiveAsync(authorization, user);
        var all = entries.StreamAsync(new FormEntryQuery(definition.Key), ct);
        if (string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Ok(all.Select(e => EntryView.From(e, definition, sensitive)));
        }
        return TypedResults.Stream(async body =>
        {
            await using var csv = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            await EntryCsv.WriteAsync(csv, definition, all, sensitive, ct);
        }, "text/csv; charset=utf-8", $"{definition.Name}.csv");
    }

    private static async Task<Results<Ok<PersonalDataView>, ValidationProblem>> PersonalDataAsync(
        PersonalDataRequest request, ClaimsPrincipal user, IPersonalDataService people, IFormService forms, RecordMasking masking,
        IAuthorizationService authorization, CancellationToken ct)
    {
        if (request.Subject() is not { } subject)
        {
            return PersonalDataRequest.Problem();
        }
        var export = await people.ExportAsync(subject, ct);
        var sensitive = await CanSeeSensitiveAsync(authorization, user);
        var definitions = (await forms.GetAllAsync(ct)).ToDictionary(f => f.Key);
        return TypedResults.Ok(new PersonalDataView(
            new SubjectView(export.Subject.Kind, export.Subject.Value),
            export.Entries.Where(e => definitions.ContainsKey(e.FormKey)).Select(e => EntryView.From(e, definitions[e.FormKey], sensitive)).ToList(),
            await masking.MaskAsync(PrivateRecordKind.Volunteer, export.Volunteers, user, ct),
            await masking.MaskAsync(PrivateRecordKind.WorkshopRegistration, export.Registrations, user, ct),
            await masking.MaskAsync(PrivateRecordKind.SupportRequest, export.SupportRequests, user, ct),
            await masking.MaskAsync(PrivateRecordKind.RelayedMessage, export.RelayedMessages, user, ct)));
    }

    private static async Task<Results<Ok<PersonalDataErased>, ValidationProblem>> ErasePersonalDataAsync(
        PersonalDataRequest request, ClaimsPrincipal user, IPersonalDataService people, CancellationToken ct) =>
        request.Subject() is { } subject
            ? TypedResults.Ok(new PersonalDataErased(await people.EraseAsync(subject, user.Identity!.Name!, ct)))
            : PersonalDataRequest.Problem();

    private static ApiProblem<Status404NotFound> FormNotFound() => ApiProblems.NotFound("Form not found");

    private static ApiProblem<Status404NotFound> EntryNotFound() => ApiProblems.NotFound("No such entry.");

    private static async Task<FormDefinition?> FormAsync(IFormService forms, string form, CancellationToken ct) =>
        Guid.TryParse(form, out var key) ? await forms.GetAsync(key, ct) : await forms.GetAsync(form, ct);

    internal static async Task<bool> CanSeeSensitiveAsync(IAuthorizationService authorization, ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, StaffPolicies.ViewSensitiveData)).Succeeded;
}
