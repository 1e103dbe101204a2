using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SelfHelp.Core.Audit;
using SelfHelp.Core.Content.Nodes;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Dictionary;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Forms.Files;
using SelfHelp.Core.Forms.Records;
using SelfHelp.Core.Forms.Workflows;
using SelfHelp.Core.Languages;
using SelfHelp.Core.Publishing;
using SelfHelp.Core.Redirects;

namespace SelfHelp.Core.Persistence;

/// <summary>The engine's EF Core model; one subclass per provider carries that provider's migrations.</summary>
public abstract class SelfHelpDbContext(DbContextOptions options) : DbContext(options)
{
    internal DbSet<NodeEntity> Nodes => Set<NodeEntity>();
    internal DbSet<ContentVersionEntity> ContentVersions => Set<ContentVersionEntity>();
    internal DbSet<ScheduleEntity> Schedules => Set<ScheduleEntity>();
    internal DbSet<AuditEntity> AuditEntries => Set<AuditEntity>();
    internal DbSet<RedirectUrlEntity> RedirectUrls => Set<RedirectUrlEntity>();
    internal DbSet<LanguageEntity> Languages => Set<LanguageEntity>();
    internal DbSet<DataTypeEntity> DataTypes => Set<DataTypeEntity>();
    internal DbSet<ContentTypeEntity> ContentTypes => Set<ContentTypeEntity>();
    internal DbSet<DictionaryItemEntity> DictionaryItems => Set<DictionaryItemEntity>();
    internal DbSet<FormEntity> Forms => Set<FormEntity>();
    internal DbSet<FormEntryEntity> FormEntries => Set<FormEntryEntity>();
    internal DbSet<FormEntryFileEntity> FormEntryFiles => Set<FormEntryFileEntity>();
    internal DbSet<FormEntryAuditEntity> FormEntryAudit => Set<FormEntryAuditEntity>();
    internal DbSet<FormWorkflowJobEntity> FormWorkflowJobs => Set<FormWorkflowJobEntity>();
    internal DbSet<FormWorkflowAttemptEntity> FormWorkflowAttempts => Set<FormWorkflowAttemptEntity>();
    internal DbSet<PersonalIdentifierEntity> PersonalIdentifiers => Set<PersonalIdentifierEntity>();
    internal DbSet<PendingFileDeletionEntity> PendingFileDeletions => Set<PendingFileDeletionEntity>();
    internal DbSet<WorkflowEffectEntity> WorkflowEffects => Set<WorkflowEffectEntity>();
    internal DbSet<VolunteerEntity> Volunteers => Set<VolunteerEntity>();
    internal DbSet<WorkshopRegistrationEntity> WorkshopRegistrations => Set<WorkshopRegistrationEntity>();
    internal DbSet<WorkshopSeatEntity> WorkshopSeats => Set<WorkshopSeatEntity>();
    internal DbSet<SupportRequestEntity> SupportRequests => Set<SupportRequestEntity>();
    internal DbSet<RelayedMessageEntity> RelayedMessages => Set<RelayedMessageEntity>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every date is UTC; SQLite hands dates back unspecified and PostgreSQL refuses non-UTC timestamptz values.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    // Each feature keeps its entities and their IEntityTypeConfiguration beside its code.
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SelfHelpDbContext).Assembly);

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}

/// <summary>The model on SQLite, with the SQLite migrations.</summary>
public sealed class SqliteSelfHelpDbContext(DbContextOptions<SqliteSelfHelpDbContext> options) : SelfHelpDbContext(options);

/// <summary>The model on PostgreSQL, with the PostgreSQL migrations.</summary>
public sealed class PostgreSqlSelfHelpDbContext(DbContextOptions<PostgreSqlSelfHelpDbContext> options) : SelfHelpDbContext(options);
