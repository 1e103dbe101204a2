namespace SelfHelp.Core.Forms.Workflows;

/// <summary>
/// The ids of the workflow types that ship: Umbraco Forms' own ids where it has the type, new ids for SelfHelp's
/// (private records and the contact relay).
/// </summary>
public static class FormWorkflowTypeIds
{
    public static readonly Guid ChangeRecordState = new("4c40a092-0cb5-481d-96a7-a02d8e7cdb2f");
    public static readonly Guid SaveAsContentNode = new("89fb1e31-9f36-4e08-9d1b-af1180d340db");
    public static readonly Guid SendEmail = new("e96badd7-05be-4978-b8d9-b3d733de70a5");
    public static readonly Guid SendFormToUrl = new("fd02c929-4e7d-4f90-b9fa-13d074a76688");
    public static readonly Guid Slack = new("bc52ab28-d3ff-42ee-af75-a5d49be83040");
    public static readonly Guid CreatePrivateRecord = new("5d0f3a52-8e0b-4f7c-9b53-6a1e2c7d4f10");
    public static readonly Guid RelayToGroup = new("0b8a1f64-3c2d-4e5f-a6b7-c8d9e0f1a2b3");

    public static IReadOnlyList<Guid> BuiltIn { get; } =
        [ChangeRecordState, SaveAsContentNode, SendEmail, SendFormToUrl, Slack, CreatePrivateRecord, RelayToGroup];
}
