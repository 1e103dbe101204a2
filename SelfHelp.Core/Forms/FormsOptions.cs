namespace SelfHelp.Core.Forms;

/// <summary>Umbraco Forms' options (<c>Umbraco:Forms:Options</c>), with its key names; retention in days, 0 keeping entries for ever.</summary>
public sealed class FormsOptions
{
    public const string SectionName = "Umbraco:Forms:Options";

    /// <summary>Off by default, as in Umbraco Forms: a visitor's IP address is not personal data we need.</summary>
    public bool EnableRecordingOfIpWithFormSubmission { get; set; }

    public int DaysToRetainSubmittedRecordsFor { get; set; }
    public int DaysToRetainApprovedRecordsFor { get; set; }
    public int DaysToRetainRejectedRecordsFor { get; set; }

    /// <summary>Ours (Umbraco has no Spam state): spam is kept a short while for review, then deleted.</summary>
    public int DaysToRetainSpamRecordsFor { get; set; } = 30;

    public ScheduledRecordDeletionOptions ScheduledRecordDeletion { get; set; } = new();

    /// <summary>Whether the headless delivery API answers (Umbraco's default is off; the site turns it on).</summary>
    public bool EnableFormsApi { get; set; }
}

/// <summary>When the retention job runs: first at <see cref="FirstRunTime"/> (UTC, "HH:mm"; empty: at start-up), then every <see cref="Period"/>.</summary>
public sealed class ScheduledRecordDeletionOptions
{
    public bool Enabled { get; set; }
    public string FirstRunTime { get; set; } = "";
    public TimeSpan Period { get; set; } = TimeSpan.FromDays(1);
}

/// <summary>SelfHelp's own forms settings (<c>SelfHelp:Forms</c>): uploads, recipients and workflow retries.</summary>
public sealed class SelfHelpFormsOptions
{
    public const string SectionName = "SelfHelp:Forms";

    /// <summary>Where uploaded files are kept, relative to the content root: outside the web root, served to staff only.</summary>
    public string UploadsPath { get; set; } = "App_Data/forms-uploads";

    /// <summary>The largest file a visitor may upload.</summary>
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Named recipients of workflow emails (<c>@moderators</c> in a form's workflow settings): name to addresses, comma-separated.</summary>
    public Dictionary<string, string> Recipients { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Attempts at a workflow before it is marked failed (staff can retry it after that).</summary>
    public int MaxWorkflowAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; it doubles after each further failure, up to an hour.</summary>
    public TimeSpan WorkflowRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether this server runs workflows in the background. Turn it off on the front-end servers of a load-balanced
    /// set (like Umbraco's subscriber role) so one server sends the email; jobs wait in the database until a runner takes them.
    /// </summary>
    public bool RunWorkflows { get; set; } = true;

    /// <summary>How often uploads left to delete after an erasure (the disk refused, or the process stopped) are tried again.</summary>
    public TimeSpan FileDeletionRetryInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a worker's claim on a running job lasts; it is renewed every third of this while the job runs, so a
    /// claim that runs out means the worker died and another takes the job over.
    /// </summary>
    public TimeSpan WorkflowLease { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often the workflow runner looks for due work when nothing woke it.</summary>
    public TimeSpan WorkflowPollInterval { get; set; } = TimeSpan.FromSeconds(15);
}
