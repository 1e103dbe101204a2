using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Content;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Files;
using SelfHelp.Core.Forms.Localisation;
using SelfHelp.Core.Forms.Validation;
using SelfHelp.Core.Forms.Workflows;
using SelfHelp.Core.Persistence;

namespace SelfHelp.Core.Forms.Entries;

/// <summary>Takes a visitor's submission: validates it and, when it is valid, stores it before anyone is told it succeeded.</summary>
public interface IFormSubmissionService
{
    Task<FormSubmitResult> SubmitAsync(FormSubmission submission, CancellationToken cancellationToken = default);
}

/// <summary>
/// The submit flow: validate, write the files, then in one transaction the entry, its file rows, its audit line and
/// the workflows it must run (the outbox). Only after that commit is success returned; workflows run afterwards.
/// </summary>
internal sealed class FormSubmissionService(
    IFormService forms,
    IFormTextProvider texts,
    FormValidator validator,
    IFormFileStore files,
    IDbContextFactory<SelfHelpDbContext> contexts,
    WorkflowQueue queue,
    TimeProvider clock,
    IOptions<FormsOptions> options,
    ILogger<FormSubmissionService> logger) : IFormSubmissionService
{
    public const string Visitor = "visitor";

    public async Task<FormSubmitResult> SubmitAsync(FormSubmission submission, CancellationToken cancellationToken = default)
    {
        if (await forms.GetAsync(submission.FormKey, cancellationToken) is not { } form)
        {
            return FormSubmitResult.NotFound();
        }
        var text = await texts.ForCultureAsync(submission.Culture, cancellationToken);
        var accepted = (Guid? id) => new FormSubmitResult(FormSubmitStatus.Accepted, id, new Dictionary<string, IReadOnlyList<string>>(),
            text[form.MessageOnSubmit], form.MessageOnSubmitIsHtml, form.GoToPageOnSubmit == Guid.Empty ? null : form.GoToPageOnSubmit);
        if (submission.HoneypotTripped)
        {
            // Umbraco Forms thanks the robot and keeps nothing but said nothing either (Umbraco.Forms.Issues#911); we log it.
            logger.LogWarning("Form {Form}: the honeypot was filled in on a {Channel} post; the submission was discarded.", form.Name, submission.Channel);
            return accepted(null);
        }
        var validated = await validator.ValidateAsync(form, submission, text, cancellationToken);
        if (!validated.IsValid)
        {
            return new FormSubmitResult(FormSubmitStatus.Invalid, null,
                validated.Errors.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)e.Value, StringComparer.OrdinalIgnoreCase));
        }
        var entryId = Guid.NewGuid();
        await StoreAsync(form, submission, text.Culture, entryId, validated, cancellationToken);
        queue.Signal();
        return accepted(entryId);
    }

    private async Task StoreAsync(
        FormDefinition form, FormSubmission submission, string culture, Guid entryId, ValidatedSubmission validated, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var fileRows = validated.Files.Select(f =>
        {
            var id = Guid.NewGuid();
            return new FormEntryFileEntity
            {
                Id = id, EntryId = entryId, FieldAlias = f.Field.Alias, FileName = Path.GetFileName(f.File.FileName),
                ContentType = FileSignatures.ContentTypes[f.Extension], Length = f.File.Content.Length,
                StoragePath = PhysicalFormFileStore.PathFor(entryId, id, f.Extension),
            };
        }).ToList();
        foreach (var (row, (_, file, _)) in fileRows.Zip(validated.Files))
        {
            await files.SaveAsync(row.StoragePath, file.Content, cancellationToken);
        }
        try
        {
            // Without manual approval an entry is approved as it arrives, and its Approved workflows follow its Submitted ones (Umbraco's behaviour).
            var state = form.ManualApproval ? FormEntryState.Submitted : FormEntryState.Approved;
            await using var db = contexts.CreateDbContext();
            db.FormEntries.Add(new FormEntryEntity
            {
                Id = entryId, FormKey = form.Key, FormName = form.Name, State = state, Culture = culture, ContentKey = submission.ContentKey,
                CreatedUtc = now, UpdatedUtc = now, StateChangedBy = form.ManualApproval ? null : "system", StateChangedUtc = form.ManualApproval ? null : now,
                ValuesJson = JsonSerializer.Serialize(validated.Values, ContentJson.Options),
                SearchText = PersonalIdentifiers.SearchText(form, validated.Values),
                IpAddress = options.Value.EnableRecordingOfIpWithFormSubmission ? submission.ClientAddress : null,
            });
            db.FormEntryFiles.AddRange(fileRows);
            db.PersonalIdentifiers.AddRange(PersonalIdentifiers.Of(form, entryId, validated.Values));
            db.FormEntryAudit.Add(new FormEntryAuditEntity { EntryId = entryId, Date = now, UserName = Visitor, Action = "submitted", Detail = submission.Channel });
            queue.Enqueue(db, form, entryId, WorkflowStage.Submitted, now);
            if (!form.ManualApproval)
            {
                queue.Enqueue(db, form, entryId, WorkflowStage.Approved, now);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            foreach (var row in fileRows)
            {
                await files.DeleteAsync(row.StoragePath, CancellationToken.None);
            }
            throw;
        }
    }
}
