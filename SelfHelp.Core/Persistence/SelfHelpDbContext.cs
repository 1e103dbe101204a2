using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<NodeEntity>(node =>
        {
            node.ToTable("shNode");
            node.HasKey(n => n.Id);
            node.HasIndex(n => n.Key).IsUnique();
            node.HasIndex(n => n.ParentId);
            node.HasIndex(n => n.Path);
            node.HasIndex(n => new { n.ObjectType, n.Trashed });
            node.Property(n => n.ContentTypeAlias).HasMaxLength(255);
            node.Property(n => n.Path).HasMaxLength(2000);
            node.Property(n => n.ConcurrencyStamp).IsConcurrencyToken();
        });
        modelBuilder.Entity<ContentVersionEntity>(version =>
        {
            version.ToTable("shContentVersion");
            version.HasKey(v => v.Id);
            version.HasIndex(v => v.NodeId);
            version.Property(v => v.UserName).HasMaxLength(255);
            version.Property(v => v.Cultures).HasMaxLength(255);
        });
        modelBuilder.Entity<ScheduleEntity>(schedule =>
        {
            schedule.ToTable("shContentSchedule");
            schedule.HasKey(s => s.Id);
            schedule.HasIndex(s => s.Date);
            schedule.Property(s => s.Culture).HasMaxLength(20);
            schedule.Property(s => s.UserName).HasMaxLength(255);
        });
        modelBuilder.Entity<AuditEntity>(audit =>
        {
            audit.ToTable("shAudit");
            audit.HasKey(a => a.Id);
            audit.HasIndex(a => a.NodeId);
            audit.HasIndex(a => a.Date);
            audit.Property(a => a.UserName).HasMaxLength(255);
            audit.Property(a => a.Action).HasMaxLength(64);
            audit.Property(a => a.Culture).HasMaxLength(20);
        });
        modelBuilder.Entity<RedirectUrlEntity>(redirect =>
        {
            redirect.ToTable("shRedirectUrl");
            redirect.HasKey(r => r.Id);
            redirect.HasIndex(r => new { r.Url, r.Culture });
            redirect.HasIndex(r => r.ContentKey);
            redirect.Property(r => r.Url).HasMaxLength(2000);
            redirect.Property(r => r.Culture).HasMaxLength(20);
        });
        modelBuilder.Entity<LanguageEntity>(language =>
        {
            language.ToTable("shLanguage");
            language.HasKey(l => l.Key);
            language.HasIndex(l => l.IsoCode).IsUnique();
            language.Property(l => l.IsoCode).HasMaxLength(20);
        });
        modelBuilder.Entity<DataTypeEntity>(dataType =>
        {
            dataType.ToTable("shDataType");
            dataType.HasKey(d => d.Key);
            dataType.HasIndex(d => d.Name);
        });
        modelBuilder.Entity<ContentTypeEntity>(contentType =>
        {
            contentType.ToTable("shContentType");
            contentType.HasKey(c => c.Key);
            contentType.HasIndex(c => c.Alias).IsUnique();
            contentType.Property(c => c.Alias).HasMaxLength(255);
        });
        modelBuilder.Entity<DictionaryItemEntity>(item =>
        {
            item.ToTable("shDictionary");
            item.HasKey(d => d.Key);
            item.HasIndex(d => d.ItemKey).IsUnique();
            item.HasIndex(d => d.ParentKey);
            item.Property(d => d.ItemKey).HasMaxLength(1000);
        });
        FormsModel.Configure(modelBuilder);
        modelBuilder.ApplyConfiguration(new Journal.JournalEntryConfiguration());
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}

/// <summary>The model on SQLite, with the SQLite migrations.</summary>
public sealed class SqliteSelfHelpDbContext(DbContextOptions<SqliteSelfHelpDbContext> options) : SelfHelpDbContext(options);

/// <summary>The model on PostgreSQL, with the PostgreSQL migrations.</summary>
public sealed class PostgreSqlSelfHelpDbContext(DbContextOptions<PostgreSqlSelfHelpDbContext> options) : SelfHelpDbContext(options);
