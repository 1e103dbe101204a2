using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.DocumentOperations;

/// <summary>
/// The words of the document operations' problems and notifications, in English and Traditional Chinese (Hong Kong),
/// chosen by the back office user's language.
/// </summary>
internal sealed record DocumentOperationText(string English, string Chinese)
{
    public static readonly DocumentOperationText DocumentNotFound = new("The document was not found.", "找不到這份文件。");
    public static readonly DocumentOperationText TargetNotFound = new("The target document was not found.", "找不到目標文件。");
    public static readonly DocumentOperationText VersionNotFound = new("The version was not found.", "找不到這個版本。");
    public static readonly DocumentOperationText RedirectNotFound = new("The redirect was not found.", "找不到這個重新導向。");
    public static readonly DocumentOperationText NotInRecycleBin = new("The document is not in the recycle bin.", "這份文件不在回收筒內。");
    public static readonly DocumentOperationText InRecycleBin = new("The document is in the recycle bin.", "這份文件在回收筒內。");
    public static readonly DocumentOperationText NoPermission = new("You do not have permission to do this to the document.", "你沒有權限對這份文件進行這項操作。");
    public static readonly DocumentOperationText NoRootAccess = new("Only users who can reach the whole content tree may do this.", "只有可存取整個內容樹的使用者才可進行這項操作。");
    public static readonly DocumentOperationText NoCultureAccess = new("You may not edit this language.", "你不可編輯這種語言。");
    public static readonly DocumentOperationText NotAllowed = new("This is not allowed.", "不允許這項操作。");
    public static readonly DocumentOperationText Cancelled = new("The operation was cancelled.", "操作已被取消。");
    public static readonly DocumentOperationText Conflict = new("Someone else changed the document; reload it and try again.", "其他人已修改這份文件，請重新載入後再試。");
    public static readonly DocumentOperationText Invalid = new("The document is not valid.", "這份文件的內容無效。");
    public static readonly DocumentOperationText ParentNotPublished = new("The parent is not published.", "上層文件尚未發佈。");
    public static readonly DocumentOperationText BadPaging = new("The paging values are not valid.", "分頁數值無效。");
    public static readonly DocumentOperationText BadSorting = new("The sorting names documents that are not children of the parent.", "排序中包含不屬於該上層的文件。");
    public static readonly DocumentOperationText BadCulture = new("The culture is not one of the site's languages.", "這種語言不是網站的語言之一。");

    public string For(BackOfficeUser? user) =>
        user?.LanguageIsoCode is { } iso && iso.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;
}
