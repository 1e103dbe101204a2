namespace SelfHelp.Web.ManagementApi.Forms;

/// <summary>A form as the Forms section's tree lists it: no entry's content, only how many entries are in each state.</summary>
public sealed record FormsSectionFormResponseModel(Guid Id, string Name, bool ManualApproval, bool SavesDrafts, FormEntryStateCountsModel Entries);

/// <summary>How many of a form's entries are in each state; <c>submitted</c> are the new ones waiting for a moderator.</summary>
public sealed record FormEntryStateCountsModel(int Submitted, int Approved, int Rejected, int Spam);
