using SelfHelp.Core.Forms.Email;
using SelfHelp.Core.Forms.Records;

namespace SelfHelp.Core.Forms.Workflows.Types;

/// <summary>
/// Umbraco Forms' Send Email: settings Email, CcEmail, BccEmail, SenderEmail, ReplyToEmail, Subject and Message, in the
/// entry's language. <c>{record.status}</c> is the workshop registration's status when the entry made one.
/// </summary>
internal sealed class SendEmailWorkflow(IEmailSender email, WorkflowTemplate template, PrivateRecordReader records, WorkflowEffects effects) : IFormWorkflowType
{
    public Guid Id => FormWorkflowTypeIds.SendEmail;
    public string Alias => "sendEmail";

    public async Task<WorkflowResult> ExecuteAsync(WorkflowContext context, CancellationToken cancellationToken)
    {
        var text = await template.TextAsync(context, cancellationToken);
        var extra = new Dictionary<string, string>();
        if (await records.RegistrationStatusAsync(context.Entry.Id, cancellationToken) is { } status)
        {
            extra["record.status"] = text[$"#registrationStatus.{char.ToLowerInvariant(status.ToString()[0])}{status.ToString()[1..]}"];
        }
        var to = template.Addresses(context.Workflow.Setting("Email"), context, text);
        if (to.Count == 0)
        {
            return WorkflowResult.Failure("the entry gives no address to send to.");
        }
        var replyTo = template.Addresses(context.Workflow.Setting("ReplyToEmail"), context, text).FirstOrDefault();
        var message = new EmailMessage(
            to,
            template.Fill(context.Workflow.Setting("Subject"), context, text, extra),
            template.Fill(context.Workflow.Setting("Message"), context, text, extra),
            template.Addresses(context.Workflow.Setting("CcEmail"), context, text),
            template.Addresses(context.Workflow.Setting("BccEmail"), context, text),
            replyTo,
            From: template.Addresses(context.Workflow.Setting("SenderEmail"), context, text).FirstOrDefault(),
            IdempotencyKey: context.MessageIdKey("email"));
        return await effects.RunOnceAsync(context, "email", token => email.SendAsync(message, token), cancellationToken)
            ? WorkflowResult.Success($"sent to {to.Count} recipient(s).")
            : WorkflowResult.Success("already sent by an earlier attempt.");
    }
}
