namespace SelfHelp.Core.Forms.Entries;

/// <summary>Where an entry stands (Umbraco Forms' record states, plus Spam for entries a moderator or a rule marked as spam).</summary>
public enum FormEntryState
{
    Submitted,
    Approved,
    Rejected,
    Spam,
}
