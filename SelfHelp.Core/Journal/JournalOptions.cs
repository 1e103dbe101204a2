using System.ComponentModel.DataAnnotations;

namespace SelfHelp.Core.Journal;

/// <summary>
/// How often a node reads the journal for other nodes' changes and how long rows are kept, bound from Umbraco's
/// <c>Umbraco:CMS:Global:DatabaseServerMessenger</c> with Umbraco's defaults.
/// </summary>
public sealed class JournalOptions : IValidatableObject
{
    public const string Section = "Umbraco:CMS:Global:DatabaseServerMessenger";

    public TimeSpan TimeBetweenSyncOperations { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan TimeBetweenPruneOperations { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan TimeToRetainInstructions { get; set; } = TimeSpan.FromDays(2);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, value) in new[]
        {
            (nameof(TimeBetweenSyncOperations), TimeBetweenSyncOperations),
            (nameof(TimeBetweenPruneOperations), TimeBetweenPruneOperations),
            (nameof(TimeToRetainInstructions), TimeToRetainInstructions),
        })
        {
            if (value <= TimeSpan.Zero)
            {
                yield return new ValidationResult($"{Section}:{name} must be a positive time span, e.g. 00:00:05.", [name]);
            }
        }
    }
}
