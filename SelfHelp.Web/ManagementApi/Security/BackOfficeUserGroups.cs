using SelfHelp.Web.Security;

namespace SelfHelp.Web.ManagementApi.Security;

/// <summary>
/// What one user group grants: sections, document verbs (fallback and granular by document key), languages (null:
/// all), start nodes (null: the root) and sensitive data.
/// </summary>
public sealed record BackOfficeUserGroup(
    Guid Key,
    string Alias,
    string Name,
    string Icon,
    IReadOnlyList<string> Sections,
    IReadOnlyList<string> FallbackPermissions,
    IReadOnlyList<string>? Languages,
    bool HasAccessToSensitiveData)
{
    /// <summary>Granular permissions: the verbs on a document and its descendants, by document key.</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyList<string>> GranularPermissions { get; init; } = new Dictionary<Guid, IReadOnlyList<string>>();

    public Guid? DocumentStartNodeKey { get; init; }
    public Guid? MediaStartNodeKey { get; init; }

    /// <summary>Seeded groups keep their alias (policies and the staff API name it) and cannot be deleted.</summary>
    public bool IsSeeded => BackOfficeUserGroups.Seeded.Any(g => g.Key == Key);
}

/// <summary>
/// The user groups SelfHelp seeds into the database at start-up (<see cref="UserGroupStore"/>), as Umbraco seeds its
/// own (Administrators, Editors, Writers, Translators, Sensitive data) plus the Forms groups of the staff API. A
/// group's alias is the Identity role that puts a user in it. What a group grants is read from the database.
/// </summary>
public static class BackOfficeUserGroups
{
    public const string Admin = "admin";
    public const string Editor = "editor";
    public const string Writer = "writer";
    public const string Translator = "translator";
    public const string SensitiveData = "sensitiveData";

    private static readonly string[] EditorVerbs =
    [
        DocumentPermissions.Read, DocumentPermissions.Create, DocumentPermissions.Update, DocumentPermissions.Delete,
        DocumentPermissions.Publish, DocumentPermissions.Unpublish, DocumentPermissions.Move, DocumentPermissions.Duplicate,
        DocumentPermissions.Sort, DocumentPermissions.Rollback, DocumentPermissions.Notifications, DocumentPermissions.CreateBlueprint,
        DocumentPermissions.PropertyValueRead, DocumentPermissions.PropertyValueWrite,
    ];

    public static IReadOnlyList<BackOfficeUserGroup> Seeded { get; } =
    [
        new(Guid.Parse("e5e7f6c8-7f9c-4b5b-8d5d-65a8d0f6e3a1"), Admin, "Administrators", "icon-medal",
            BackOfficeSections.All, DocumentPermissions.All, null, false),
        new(Guid.Parse("44ebecfc-1c3b-4d6b-9d4b-52b4e5a9b3a1"), Editor, "Editors", "icon-tools",
            [BackOfficeSections.Content, BackOfficeSections.Media, BackOfficeSections.Forms], EditorVerbs, null, false),
        new(Guid.Parse("9fc2a16f-528c-46d6-a014-75bf4ec2480c"), Writer, "Writers", "icon-edit",
            [BackOfficeSections.Content],
            [DocumentPermissions.Read, DocumentPermissions.Create, DocumentPermissions.Update, DocumentPermissions.Notifications,
             DocumentPermissions.PropertyValueRead, DocumentPermissions.PropertyValueWrite], null, false),
        new(Guid.Parse("f2012e4c-d232-4bd1-8eae-4384032d97d8"), Translator, "Translators", "icon-globe",
            [BackOfficeSections.Content],
            [DocumentPermissions.Read, DocumentPermissions.Update, DocumentPermissions.PropertyValueRead, DocumentPermissions.PropertyValueWrite],
            ["zh-HK"], false),
        new(Guid.Parse("8c6ad70f-d307-4e4a-af58-72c2e4e9439d"), SensitiveData, "Sensitive data", "icon-lock", [], [], null, true),
        new(Guid.Parse("b1a3f1b2-41f5-4c1e-9b4e-3f0f9a1e0c01"), StaffRoles.EntryViewer, "Form entry viewers", "icon-eye",
            [BackOfficeSections.Forms], [], null, false),
        new(Guid.Parse("b1a3f1b2-41f5-4c1e-9b4e-3f0f9a1e0c02"), StaffRoles.EntryModerator, "Form entry moderators", "icon-checkbox",
            [BackOfficeSections.Forms], [], null, false),
        new(Guid.Parse("b1a3f1b2-41f5-4c1e-9b4e-3f0f9a1e0c03"), StaffRoles.DataProtectionOfficer, "Data protection officers", "icon-shield",
            [BackOfficeSections.Forms], [], null, true),
    ];
}
