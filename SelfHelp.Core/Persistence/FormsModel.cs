using Microsoft.EntityFrameworkCore;

namespace SelfHelp.Core.Persistence;

/// <summary>The tables of forms: definitions, entries with their files and audit, the workflow outbox and the private records.</summary>
internal static class FormsModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FormEntity>(form =>
        {
            form.ToTable("shForm");
            form.HasKey(f => f.Key);
            form.HasIndex(f => f.Name).IsUnique();
            form.Property(f => f.Name).HasMaxLength(255);
        });
        modelBuilder.Entity<FormEntryEntity>(entry =>
        {
            entry.ToTable("shFormEntry");
            entry.HasKey(e => e.Id);
            entry.HasIndex(e => new { e.FormKey, e.CreatedUtc });
            entry.HasIndex(e => new { e.State, e.UpdatedUtc });
            entry.Property(e => e.FormName).HasMaxLength(255);
            entry.Property(e => e.Culture).HasMaxLength(20);
            entry.Property(e => e.StateChangedBy).HasMaxLength(255);
            entry.Property(e => e.IpAddress).HasMaxLength(64);
        });
        modelBuilder.Entity<FormEntryFileEntity>(file =>
        {
            file.ToTable("shFormEntryFile");
            file.HasKey(f => f.Id);
            file.HasIndex(f => f.EntryId);
            file.Property(f => f.FieldAlias).HasMaxLength(255);
            file.Property(f => f.FileName).HasMaxLength(255);
            file.Property(f => f.ContentType).HasMaxLength(100);
            file.Property(f => f.StoragePath).HasMaxLength(500);
        });
        modelBuilder.Entity<FormEntryAuditEntity>(audit =>
        {
            audit.ToTable("shFormEntryAudit");
            audit.HasKey(a => a.Id);
            audit.HasIndex(a => a.EntryId);
            audit.Property(a => a.UserName).HasMaxLength(255);
            audit.Property(a => a.Action).HasMaxLength(64);
        });
        modelBuilder.Entity<FormWorkflowJobEntity>(job =>
        {
            job.ToTable("shFormWorkflowJob");
            job.HasKey(j => j.Id);
            job.HasIndex(j => new { j.Status, j.NextAttemptUtc });
            job.HasIndex(j => j.EntryId);
            job.Property(j => j.WorkflowName).HasMaxLength(255);
        });
        modelBuilder.Entity<FormWorkflowAttemptEntity>(attempt =>
        {
            attempt.ToTable("shFormWorkflowAttempt");
            attempt.HasKey(a => a.Id);
            attempt.HasIndex(a => a.JobId);
            attempt.HasIndex(a => a.EntryId);
        });
        modelBuilder.Entity<WorkflowEffectEntity>(effect =>
        {
            effect.ToTable("shFormWorkflowEffect");
            effect.HasKey(e => e.Key);
            effect.Property(e => e.Key).HasMaxLength(100);
            effect.HasIndex(e => e.JobId);
        });
        modelBuilder.Entity<VolunteerEntity>(volunteer =>
        {
            volunteer.ToTable("shVolunteer");
            volunteer.HasKey(v => v.Id);
            volunteer.HasIndex(v => v.EntryId).IsUnique();
            volunteer.HasIndex(v => v.Email);
            volunteer.Property(v => v.Email).HasMaxLength(320);
            volunteer.Property(v => v.HoursLogged).HasPrecision(9, 2);
        });
        modelBuilder.Entity<WorkshopRegistrationEntity>(registration =>
        {
            registration.ToTable("shWorkshopRegistration");
            registration.HasKey(r => r.Id);
            registration.HasIndex(r => r.EntryId).IsUnique();
            registration.HasIndex(r => new { r.WorkshopKey, r.Status });
            registration.HasIndex(r => r.Email);
            registration.Property(r => r.Email).HasMaxLength(320);
            registration.Property(r => r.Culture).HasMaxLength(20);
        });
        modelBuilder.Entity<WorkshopSeatEntity>(seat =>
        {
            seat.ToTable("shWorkshopSeat");
            seat.HasKey(s => s.WorkshopKey);
        });
        modelBuilder.Entity<SupportRequestEntity>(request =>
        {
            request.ToTable("shSupportRequest");
            request.HasKey(r => r.Id);
            request.HasIndex(r => r.EntryId).IsUnique();
            request.HasIndex(r => r.Email);
            request.Property(r => r.Email).HasMaxLength(320);
        });
        modelBuilder.Entity<RelayedMessageEntity>(message =>
        {
            message.ToTable("shRelayedMessage");
            message.HasKey(m => m.Id);
            message.HasIndex(m => m.EntryId).IsUnique();
            message.HasIndex(m => m.SenderEmail);
            message.Property(m => m.SenderEmail).HasMaxLength(320);
        });
        modelBuilder.Entity<PersonalIdentifierEntity>(identifier =>
        {
            identifier.ToTable("shPersonalIdentifier");
            identifier.HasKey(i => i.Id);
            identifier.HasIndex(i => new { i.Kind, i.Value });
            identifier.HasIndex(i => i.EntryId);
            identifier.Property(i => i.Value).HasMaxLength(320);
        });
        modelBuilder.Entity<PendingFileDeletionEntity>(deletion =>
        {
            deletion.ToTable("shPendingFileDeletion");
            deletion.HasKey(d => d.Id);
            deletion.Property(d => d.StoragePath).HasMaxLength(500);
        });
    }
}
