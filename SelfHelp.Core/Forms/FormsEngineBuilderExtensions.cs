using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SelfHelp.Core.Forms.Email;
using SelfHelp.Core.Forms.Entries;
using SelfHelp.Core.Forms.Files;
using SelfHelp.Core.Forms.Records;
using SelfHelp.Core.Forms.Retention;
using SelfHelp.Core.Forms.Validation;
using SelfHelp.Core.Forms.Workflows;
using SelfHelp.Core.Forms.Workflows.Types;
using SelfHelp.Core.Startup;

namespace SelfHelp.Core.Forms;

/// <summary>Registers forms at run time: submissions and entries, validation, workflows and their runner, private records, email and retention.</summary>
public static class FormsEngineBuilderExtensions
{
    public static IHostApplicationBuilder AddFormsEngine(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddOptions<FormsOptions>().Bind(configuration.GetSection(FormsOptions.SectionName));
        services.AddOptions<SelfHelpFormsOptions>().Bind(configuration.GetSection(SelfHelpFormsOptions.SectionName))
            .Validate(o => o.MaxWorkflowAttempts > 0 && o.MaxFileBytes > 0 && o.FileDeletionRetryInterval > TimeSpan.Zero,
                "SelfHelp:Forms needs MaxWorkflowAttempts, MaxFileBytes and FileDeletionRetryInterval above zero.")
            .Validate(o => o.WorkflowLease >= TimeSpan.FromSeconds(1) && o.WorkflowPollInterval > TimeSpan.Zero,
                "SelfHelp:Forms needs a WorkflowLease of at least a second and a WorkflowPollInterval above zero.")
            .ValidateOnStart();
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.SectionName));
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.SectionName));

        services.AddSingleton<VisitorHtml>();
        services.AddSingleton<FormValidator>();
        services.AddSingleton<IFormFileStore, PhysicalFormFileStore>();
        services.AddSingleton<PendingFileDeletions>();
        services.AddHostedService<PendingFileDeletionService>();
        services.AddSingleton<WorkflowQueue>();
        services.AddSingleton<IFormSubmissionService, FormSubmissionService>();
        services.AddSingleton<IFormEntryService, FormEntryService>();
        services.AddSingleton<IFormEntryCounts, FormEntryCounts>();
        services.AddSingleton<IPersonalDataService, PersonalDataService>();
        services.AddSingleton<IStartupStep, PersonalDataIndexStep>();
        services.AddSingleton<PrivateRecordReader>();
        services.AddSingleton<IPrivateRecordService>(sp => sp.GetRequiredService<PrivateRecordReader>());
        services.AddSingleton<WorkshopSeats>();
        services.AddSingleton<IWorkshopWaitingLists, WorkshopWaitingLists>();
        services.AddSingleton<IEmailSender, MailKitEmailSender>();
        services.AddSingleton<WorkflowTemplate>();
        services.AddSingleton<WebhookClient>();
        services.AddSingleton<WorkflowEffects>();
        services.AddSingleton<WorkflowLeases>();

        services.AddSingleton<IFormWorkflowType, SendEmailWorkflow>();
        services.AddSingleton<IFormWorkflowType, ChangeRecordStateWorkflow>();
        services.AddSingleton<IFormWorkflowType, SaveAsContentNodeWorkflow>();
        services.AddSingleton<IFormWorkflowType, CreatePrivateRecordWorkflow>();
        services.AddSingleton<IFormWorkflowType, RelayToGroupWorkflow>();
        services.AddSingleton<IFormWorkflowType, SendFormToUrlWorkflow>();
        services.AddSingleton<IFormWorkflowType, SlackWorkflow>();
        services.AddSingleton<WorkflowRunner>();
        services.AddSingleton<IFormWorkflowRunner>(sp => sp.GetRequiredService<WorkflowRunner>());
        services.AddSingleton<IEntryDraftApproval, EntryDraftApproval>();
        services.AddHostedService<WorkflowRunnerService>();

        services.AddOptions<RecordRetentionOptions>().Bind(configuration.GetSection(RecordRetentionOptions.SectionName))
            .Validate(o => new[] { o.VolunteerDays, o.RegistrationDaysAfterWorkshop, o.SupportRequestDays, o.RelayedMessageDays, o.OrphanedUploadDays }.All(d => d >= 0),
                "SelfHelp:Forms:Retention periods are days: 0 (keep) or more.")
            .ValidateOnStart();
        services.AddSingleton<RecordRetention>();
        services.AddSingleton<IFormRetention, FormRetention>();
        services.AddHostedService<FormRetentionService>();
        return builder;
    }
}
