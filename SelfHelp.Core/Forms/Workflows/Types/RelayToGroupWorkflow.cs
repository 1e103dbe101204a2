using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Forms.Email;
using SelfHelp.Core.Forms.Records;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.PublishedCache;

namespace SelfHelp.Core.Forms.Workflows.Types;

/// <summary>
/// Relays a visitor's message to the group whose page the form was on: to the group's <c>publicEmail</c>, with the
/// visitor as reply-to, so the group answers directly and its address is never shown to anyone. A group without an
/// address is written to through <c>FallbackEmail</c> (network staff, who pass it on). The relay is kept as a record.
/// </summary>
internal sealed class RelayToGroupWorkflow(
    IEmailSender email, WorkflowTemplate template, IPublishedContentCache cache, IDbContextFactory<SelfHelpDbContext> contexts, WorkflowEffects effects,
    TimeProvider clock)
    : IFormWorkflowType
{
    public Guid Id => FormWorkflowTypeIds.RelayToGroup;
    public string Alias => "relayToGroup";

    public async Task<WorkflowResult> ExecuteAsync(WorkflowContext context, CancellationToken cancellationToken)
    {
        if (context.Entry.ContentKey is not { } key || cache.Current.GetByKey(key) is not { ContentTypeAlias: "selfHelpGroup" } group)
        {
            return WorkflowResult.Failure("the entry was not sent from a published group page.");
        }
        await using var db = contexts.CreateDbContext();
        if (await db.RelayedMessages.AnyAsync(m => m.EntryId == context.Entry.Id, cancellationToken))
        {
            return WorkflowResult.Success("already relayed.");
        }
        var text = await template.TextAsync(context, cancellationToken);
        var groupAddress = group.GetValue("publicEmail", context.Entry.Culture)?.GetString();
        var to = string.IsNullOrWhiteSpace(groupAddress)
            ? template.Addresses(context.Workflow.Setting("FallbackEmail"), context, text)
            : [groupAddress];
        if (to.Count == 0)
        {
            return WorkflowResult.Failure("the group has no address and no FallbackEmail is set.");
        }
        var sender = context.Value("name") ?? "";
        var senderEmail = context.Value("email") ?? throw new InvalidOperationException("the form has no 'email' answer to reply to.");
        var message = new EmailMessage(
            to,
            template.Fill(context.Workflow.Setting("Subject"), context, text),
            template.Fill(context.Workflow.Setting("Message"), context, text),
            ReplyTo: senderEmail, ReplyToName: sender, IdempotencyKey: context.MessageIdKey("relay"));
        // Sent at most once: a crash between the send and the record below finds the send recorded on the re-run.
        await effects.RunOnceAsync(context, "relay", token => email.SendAsync(message, token), cancellationToken);
        db.RelayedMessages.Add(new RelayedMessageEntity
        {
            Id = Guid.NewGuid(), EntryId = context.Entry.Id, GroupKey = key, SenderName = sender, SenderEmail = senderEmail,
            Message = context.Value("message") ?? "", SentUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return WorkflowResult.Success(string.IsNullOrWhiteSpace(groupAddress) ? "relayed through the fallback address." : "relayed to the group.");
    }
}
