namespace SelfHelp.Web.ManagementApi.Security;

/// <summary>The back office sections by Umbraco's aliases, and SelfHelp's own. Members, Packages and Translation are not offered.</summary>
public static class BackOfficeSections
{
    public const string Content = "Umb.Section.Content";
    public const string Media = "Umb.Section.Media";
    public const string Settings = "Umb.Section.Settings";
    public const string Users = "Umb.Section.Users";

    /// <summary>SelfHelp's Forms section (entries, moderation, personal data), a back office extension.</summary>
    public const string Forms = "SelfHelp.Section.Forms";

    public static IReadOnlyList<string> All { get; } = [Content, Media, Settings, Users, Forms];
}

/// <summary>Umbraco's document permission verbs, as the client checks them (<c>Umb.Document.*</c>).</summary>
public static class DocumentPermissions
{
    public const string Read = "Umb.Document.Read";
    public const string Create = "Umb.Document.Create";
    public const string Update = "Umb.Document.Update";
    public const string Delete = "Umb.Document.Delete";
    public const string Publish = "Umb.Document.Publish";
    public const string Unpublish = "Umb.Document.Unpublish";
    public const string Move = "Umb.Document.Move";
    public const string Duplicate = "Umb.Document.Duplicate";
    public const string Sort = "Umb.Document.Sort";
    public const string Rollback = "Umb.Document.Rollback";
    public const string Notifications = "Umb.Document.Notifications";
    public const string CreateBlueprint = "Umb.Document.CreateBlueprint";
    public const string CultureAndHostnames = "Umb.Document.CultureAndHostnames";
    public const string PublicAccess = "Umb.Document.PublicAccess";
    public const string Permissions = "Umb.Document.Permissions";
    public const string PropertyValueRead = "Umb.Document.PropertyValue.Read";
    public const string PropertyValueWrite = "Umb.Document.PropertyValue.Write";

    public static IReadOnlyList<string> All { get; } =
    [
        Read, Create, Update, Delete, Publish, Unpublish, Move, Duplicate, Sort, Rollback, Notifications, CreateBlueprint,
        CultureAndHostnames, PublicAccess, Permissions, PropertyValueRead, PropertyValueWrite,
    ];
}
