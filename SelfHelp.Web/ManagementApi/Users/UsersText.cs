using SelfHelp.Web.ManagementApi.Common;

namespace SelfHelp.Web.ManagementApi.Users;

/// <summary>The messages of the users, user groups and current user operations, in English and Traditional Chinese.</summary>
internal static class UsersText
{
    public static string PasswordRequired(HttpContext c) => ManagementText.Pick(c, "Enter the current and the new password.", "請輸入現有密碼及新密碼。");
    public static string NewPasswordRequired(HttpContext c) => ManagementText.Pick(c, "Enter the new password.", "請輸入新密碼。");
    public static string PasswordNotChanged(HttpContext c) => ManagementText.Pick(c, "The password was not changed.", "密碼未有更改。");
    public static string UserNotFound(HttpContext c) => ManagementText.Pick(c, "The user was not found.", "找不到此使用者。");
    public static string UserGroupNotFound(HttpContext c) => ManagementText.Pick(c, "The user group was not found.", "找不到此使用者群組。");
    public static string LastAdministrator(HttpContext c) => ManagementText.Pick(c, "The last administrator cannot be removed, disabled or taken out of the Administrators group.", "不可移除、停用最後一位管理員，或將其移出管理員群組。");
    public static string OwnAdministrator(HttpContext c) => ManagementText.Pick(c, "You cannot take yourself out of the Administrators group.", "你不可將自己移出管理員群組。");
    public static string AdministratorsOnly(HttpContext c) => ManagementText.Pick(c, "Only an administrator can change an administrator.", "只有管理員才可更改管理員。");
    public static string NotYourself(HttpContext c) => ManagementText.Pick(c, "You cannot disable or delete yourself.", "你不可停用或刪除自己。");
    public static string DuplicateEmail(HttpContext c) => ManagementText.Pick(c, "Another user has this email or user name.", "已有另一位使用者使用此電郵地址或使用者名稱。");
    public static string GroupNotYours(HttpContext c) => ManagementText.Pick(c, "Only an administrator can give a group they do not belong to.", "只有管理員才可指派自己不屬於的群組。");
    public static string InvalidUser(HttpContext c) => ManagementText.Pick(c, "The user could not be saved.", "未能儲存使用者。");
    public static string InvalidUserGroup(HttpContext c) => ManagementText.Pick(c, "The user group could not be saved.", "未能儲存使用者群組。");
    public static string DuplicateAlias(HttpContext c) => ManagementText.Pick(c, "Another user group has this alias.", "已有另一個使用者群組使用此別名。");
    public static string SeededGroupAlias(HttpContext c) => ManagementText.Pick(c, "The alias of a built-in group cannot be changed.", "內置群組的別名不可更改。");
    public static string SeededGroupDelete(HttpContext c) => ManagementText.Pick(c, "A built-in group cannot be deleted.", "內置群組不可刪除。");
    public static string UnknownSection(HttpContext c) => ManagementText.Pick(c, "Unknown section.", "不明的區域。");
    public static string UnknownPermission(HttpContext c) => ManagementText.Pick(c, "Unknown permission.", "不明的權限。");
    public static string UnknownLanguage(HttpContext c) => ManagementText.Pick(c, "Unknown language.", "不明的語言。");
    public static string UnknownUserGroup(HttpContext c) => ManagementText.Pick(c, "Unknown user group.", "不明的使用者群組。");
    public static string Required(HttpContext c) => ManagementText.Pick(c, "Required.", "必須填寫。");
}
