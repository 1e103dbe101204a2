namespace SelfHelp.Core.Forms.Records;

/// <summary>A volunteer's standing, from application to archive (Better Impact's pipeline).</summary>
public enum VolunteerStatus
{
    Applicant,
    InProcess,
    Accepted,
    Archived,
}

/// <summary>A workshop registration: a seat (confirmed) or a place on the waiting list, then cancelled or attended.</summary>
public enum RegistrationStatus
{
    Confirmed,
    Waitlisted,
    Cancelled,
    Attended,
}

/// <summary>A support request from a group, until volunteers are matched and it is closed.</summary>
public enum SupportRequestStatus
{
    Open,
    Matched,
    Closed,
}
