using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Forms.Records;
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
        var api = endpoints.MapGroup(BasePath).DisableAntiforgery();
        api.MapGet("/forms/{form}/entries", ListAsync).RequireAuthorization(StaffPolicies.ViewEntries);
        api.MapGet("/forms/{form}/entries/export", ExportAsync).RequireAuthorization(StaffPolicies.ManagePersonalData);
        api.MapGet("/entries/{id:guid}", GetAsync).RequireAuthorization(StaffPolicies.ViewEntries);
        api.MapGet("/entries/{id:guid}/files/{fileId:guid}", FileAsync).RequireAuthorization(StaffPolicies.ViewEntries);
        api.MapPost("/entries/{id:guid}/state", SetStateAsync).RequireAuthorization(StaffPolicies.ModerateEntries);
        api.MapPost("/workflows/{jobId:guid}/retry", RetryAsync).RequireAuthorization(StaffPolicies.ModerateEntries);
        api.MapDelete("/entries/{id:guid}", EraseAsync).RequireAuthorization(StaffPolicies.ManagePersonalData);
        api.MapGet("/personal-data", (string email, IPersonalDataService people, CancellationToken ct) => people.ExportAsync(email, ct))
            .RequireAuthorization(StaffPolicies.ManagePersonalData);
        api.MapDelete("/personal-data", async (string email, ClaimsPrincipal user, IPersonalDataService people, CancellationToken ct) =>
            Results.Ok(new { erasedEntries = await people.EraseAsync(email, user.Identity!.Name!, ct) })).RequireAuthorization(StaffPolicies.ManagePersonalData);
        api.MapGet("/records/volunteers", (IPrivateRecordService records, CancellationToken ct) => records.GetVolunteersAsync(ct)).RequireAuthorization(StaffPolicies.ViewEntries);
        api.MapGet("/records/registrations", (Guid? workshop, IPrivateRecordService records, CancellationToken ct) => records.GetRegistrationsAsync(workshop, ct))
            .RequireAuthorization(StaffPolicies.ViewEntries);
        api.MapGet("/records/support-requests", (IPrivateRecordService records, CancellationToken ct) => records.GetSupportRequestsAsync(ct)).RequireAuthorization(StaffPolicies.ViewEntries);
        api.MapGet("/records/relayed-messages", (IPrivateRecordService records, CancellationToken ct) => records.GetRelayedMessagesAsync(ct)).RequireAuthorization(StaffPolicies.ViewEntries);
        return endpoints;
    }

    /// <summary>A new state for an entry.</summary>
    public sealed record StateChange(FormEntryState State);

    private static async Task<IResult> ListAsync(
        string form, FormEntryState? state, DateTime? from, DateTime? to, string? search, ClaimsPrincipal user,
        IFormService forms, IFormEntryService entries, IAuthorizationService authorization, CancellationToken ct)
    {
        if (await FormAsync(forms, form, ct) is not { } definition)
        {
            return Results.NotFound();
        }
        var sensitive = await CanSeeSensitiveAsync(authorization, user);
        var list = await entries.ListAsync(new FormEntryQuery(definition.Key, state, from, to, search), ct);
        return Results.Ok(list.Select(e => EntryView.From(e, definition, sensitive)));
    }

    private static async Task<IResult> GetAsync(Guid id, ClaimsPrincipal user, IFormService forms, IFormEntryService entries, IAuthorizationService authorization, CancellationToken ct)
    {
        if (await entries.GetAsync(id, ct) is not { } entry || await forms.GetAsync(entry.FormKey, ct) is not { } form)
        {
            return Results.NotFound();
        }
        return Results.Ok(new
        {
            entry = EntryView.From(entry, form, await CanSeeSensitiveAsync(authorization, user)),
            history = await entries.GetAuditAsync(id, ct),
            workflows = await entries.GetWorkflowsAsync(id, ct),
        });
    }

    private static async Task<IResult> FileAsync(Guid id, Guid fileId, ClaimsPrincipal user, IFormService forms, IFormEntryService entries, IAuthorizationService authorization, CancellationToken ct)
    {
        if (await entries.GetAsync(id, ct) is not { } entry || await forms.GetAsync(entry.FormKey, ct) is not { } form
            || entry.Files.FirstOrDefault(f => f.Id == fileId) is not { } file)
        {
            return Results.NotFound();
        }
        if (form.FindField(file.FieldAlias) is { ContainsSensitiveData: true } && !await CanSeeSensitiveAsync(authorization, user))
        {
            return Results.Forbid();
        }
        var opened = await entries.OpenFileAsync(id, fileId, ct);
        return opened is null ? Results.NotFound() : Results.File(opened.Value.Content, file.ContentType, file.FileName);
    }

    private static async Task<IResult> SetStateAsync(Guid id, StateChange change, ClaimsPrincipal user, IFormEntryService entries, CancellationToken ct)
    {
        var result = await entries.SetStateAsync(id, change.State, user.Identity!.Name!, ct);
        return result.Succeeded ? Results.NoContent() : Results.NotFound();
    }

    private static async Task<IResult> RetryAsync(Guid jobId, ClaimsPrincipal user, IFormEntryService entries, CancellationToken ct)
    {
        var result = await entries.RetryWorkflowAsync(jobId, user.Identity!.Name!, ct);
        return result.Succeeded ? Results.NoContent() : result.Status == Core.Content.OperationStatus.NotFound ? Results.NotFound() : Results.Conflict(result.Message);
    }

    private static async Task<IResult> EraseAsync(Guid id, ClaimsPrincipal user, IFormEntryService entries, CancellationToken ct) =>
        (await entries.EraseAsync(id, user.Identity!.Name!, ct)).Succeeded ? Results.NoContent() : Results.NotFound();

    private static async Task<IResult> ExportAsync(
        string form, string? format, ClaimsPrincipal user, IFormService forms, IFormEntryService entries, IAuthorizationService authorization, CancellationToken ct)
    {
        if (await FormAsync(forms, form, ct) is not { } definition)
        {
            return Results.NotFound();
        }
        var sensitive = await CanSeeSensitiveAsync(authorization, user);
        var list = await entries.ListAsync(new FormEntryQuery(definition.Key, Take: 1000), ct);
        if (string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Ok(list.Select(e => EntryView.From(e, definition, sensitive)));
        }
        return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(EntryCsv.Write(definition, list, sensitive))).ToArray(),
            "text/csv; charset=utf-8", $"{definition.Name}.csv");
    }

    private static async Task<FormDefinition?> FormAsync(IFormService forms, string form, CancellationToken ct) =>
        Guid.TryParse(form, out var key) ? await forms.GetAsync(key, ct) : await forms.GetAsync(form, ct);

    private static async Task<bool> CanSeeSensitiveAsync(IAuthorizationService authorization, ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, StaffPolicies.ViewSensitiveData)).Succeeded;
}
