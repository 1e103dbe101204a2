using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Content;
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

/// <summary>The private records made from entries, for staff whose role allows personal data.</summary>
public interface IPrivateRecordService
{
    Task<IReadOnlyList<Volunteer>> GetVolunteersAsync(CancellationToken cancellationToken = default);
    Task<IReadOnlyList<WorkshopRegistration>> GetRegistrationsAsync(Guid? workshopKey = null, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<SupportRequest>> GetSupportRequestsAsync(CancellationToken cancellationToken = default);
    Task<IReadOnlyList<RelayedMessage>> GetRelayedMessagesAsync(CancellationToken cancellationToken = default);
}

internal sealed class PrivateRecordReader(IDbContextFactory<SelfHelpDbContext> contexts) : IPrivateRecordService
{
    public async Task<RegistrationStatus?> RegistrationStatusAsync(Guid entryId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.WorkshopRegistrations.Where(r => r.EntryId == entryId).Select(r => (RegistrationStatus?)r.Status).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Volunteer>> GetVolunteersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        return (await db.Volunteers.AsNoTracking().OrderBy(v => v.CreatedUtc).ToListAsync(cancellationToken)).Select(ToModel).ToList();
    }

    public async Task<IReadOnlyList<WorkshopRegistration>> GetRegistrationsAsync(Guid? workshopKey = null, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var rows = db.WorkshopRegistrations.AsNoTracking();
        if (workshopKey is { } key)
        {
            rows = rows.Where(r => r.WorkshopKey == key);
        }
        return (await rows.OrderBy(r => r.CreatedUtc).ToListAsync(cancellationToken)).Select(ToModel).ToList();
    }

    public async Task<IReadOnlyList<SupportRequest>> GetSupportRequestsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        return (await db.SupportRequests.AsNoTracking().OrderBy(r => r.CreatedUtc).ToListAsync(cancellationToken)).Select(ToModel).ToList();
    }

    public async Task<IReadOnlyList<RelayedMessage>> GetRelayedMessagesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        return (await db.RelayedMessages.AsNoTracking().OrderBy(m => m.SentUtc).ToListAsync(cancellationToken)).Select(ToModel).ToList();
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
