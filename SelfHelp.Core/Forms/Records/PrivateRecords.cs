using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Content;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Forms.Records;

/// <summary>A volunteer as staff see them.</summary>
public sealed record Volunteer(
    Guid Id, Guid EntryId, string Name, string Email, string? Phone, IReadOnlyList<string> Districts, IReadOnlyList<string> Languages,
    IReadOnlyList<string> Skills, IReadOnlyList<string> Availability, string? SupportNeeds, VolunteerStatus Status, decimal HoursLogged, DateTime CreatedUtc);

/// <summary>A workshop registration as staff see it.</summary>
public sealed record WorkshopRegistration(
    Guid Id, Guid EntryId, Guid WorkshopKey, string Name, string Email, string? Phone, string? GroupName, string? Needs, RegistrationStatus Status, DateTime CreatedUtc);

/// <summary>A support request as staff see it.</summary>
public sealed record SupportRequest(
    Guid Id, Guid EntryId, string GroupName, string ContactName, string Email, string? Phone, string Need, string? District, string? Urgency,
    SupportRequestStatus Status, DateTime CreatedUtc);

/// <summary>A relayed message as staff see it (the group by key; its address is never kept).</summary>
public sealed record RelayedMessage(Guid Id, Guid EntryId, Guid GroupKey, string SenderName, string SenderEmail, string Message, DateTime SentUtc);

/// <summary>The private records made from entries, for staff whose role allows personal data, a page at a time, oldest first.</summary>
public interface IPrivateRecordService
{
    Task<Paged<Volunteer>> GetVolunteersAsync(PageRequest? page = null, CancellationToken cancellationToken = default);
    Task<Paged<WorkshopRegistration>> GetRegistrationsAsync(Guid? workshopKey = null, PageRequest? page = null, CancellationToken cancellationToken = default);
    Task<Paged<SupportRequest>> GetSupportRequestsAsync(PageRequest? page = null, CancellationToken cancellationToken = default);
    Task<Paged<RelayedMessage>> GetRelayedMessagesAsync(PageRequest? page = null, CancellationToken cancellationToken = default);
}

internal sealed class PrivateRecordReader(IDbContextFactory<SelfHelpDbContext> contexts) : IPrivateRecordService
{
    public async Task<RegistrationStatus?> RegistrationStatusAsync(Guid entryId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.WorkshopRegistrations.Where(r => r.EntryId == entryId).Select(r => (RegistrationStatus?)r.Status).FirstOrDefaultAsync(cancellationToken);
    }

    public Task<Paged<Volunteer>> GetVolunteersAsync(PageRequest? page = null, CancellationToken cancellationToken = default) =>
        PageAsync(db => db.Volunteers.OrderBy(v => v.CreatedUtc).ThenBy(v => v.Id), ToModel, page, cancellationToken);

    public Task<Paged<WorkshopRegistration>> GetRegistrationsAsync(Guid? workshopKey = null, PageRequest? page = null, CancellationToken cancellationToken = default) =>
        PageAsync(db => db.WorkshopRegistrations.Where(r => workshopKey == null || r.WorkshopKey == workshopKey).OrderBy(r => r.CreatedUtc).ThenBy(r => r.Id),
            ToModel, page, cancellationToken);

    public Task<Paged<SupportRequest>> GetSupportRequestsAsync(PageRequest? page = null, CancellationToken cancellationToken = default) =>
        PageAsync(db => db.SupportRequests.OrderBy(r => r.CreatedUtc).ThenBy(r => r.Id), ToModel, page, cancellationToken);

    public Task<Paged<RelayedMessage>> GetRelayedMessagesAsync(PageRequest? page = null, CancellationToken cancellationToken = default) =>
        PageAsync(db => db.RelayedMessages.OrderBy(m => m.SentUtc).ThenBy(m => m.Id), ToModel, page, cancellationToken);

    private async Task<Paged<TModel>> PageAsync<TEntity, TModel>(
        Func<SelfHelpDbContext, IOrderedQueryable<TEntity>> rows, Func<TEntity, TModel> toModel, PageRequest? page, CancellationToken cancellationToken)
        where TEntity : class
    {
        page ??= new PageRequest();
        await using var db = contexts.CreateDbContext();
        var query = rows(db).AsNoTracking();
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip(page.Skip).Take(page.Take).ToListAsync(cancellationToken);
        return new Paged<TModel>(total, items.Select(toModel).ToList());
    }

    internal static Volunteer ToModel(VolunteerEntity v) => new(
        v.Id, v.EntryId, v.Name, v.Email, v.Phone, List(v.DistrictsJson), List(v.LanguagesJson), List(v.SkillsJson), List(v.AvailabilityJson),
        v.SupportNeeds, v.Status, v.HoursLogged, v.CreatedUtc);

    internal static WorkshopRegistration ToModel(WorkshopRegistrationEntity r) =>
        new(r.Id, r.EntryId, r.WorkshopKey, r.Name, r.Email, r.Phone, r.GroupName, r.Needs, r.Status, r.CreatedUtc);

    internal static SupportRequest ToModel(SupportRequestEntity r) =>
        new(r.Id, r.EntryId, r.GroupName, r.ContactName, r.Email, r.Phone, r.Need, r.District, r.Urgency, r.Status, r.CreatedUtc);

    internal static RelayedMessage ToModel(RelayedMessageEntity m) => new(m.Id, m.EntryId, m.GroupKey, m.SenderName, m.SenderEmail, m.Message, m.SentUtc);

    private static IReadOnlyList<string> List(string json) => JsonSerializer.Deserialize<List<string>>(json, ContentJson.Options) ?? [];
}
