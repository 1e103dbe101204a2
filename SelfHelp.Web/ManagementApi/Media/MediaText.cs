using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.Media;

/// <summary>
/// The words the media operations show people (problem titles and notifications), in English and in Traditional
/// Chinese as used in Hong Kong, chosen by the user's back office language.
/// </summary>
internal static class MediaText
{
    private static readonly Dictionary<string, (string En, string ZhHk)> Texts = new()
    {
        ["NotFound"] = ("The media item was not found.", "找不到此媒體項目。"),
        ["ParentNotFound"] = ("The parent media item was not found.", "找不到上層媒體項目。"),
        ["MediaTypeNotFound"] = ("The media type was not found.", "找不到此媒體類型。"),
        ["NoAccess"] = ("You do not have access to this media item.", "你沒有權限存取此媒體項目。"),
        ["NoRootAccess"] = ("Only users with access to the whole media library can use the recycle bin.", "只有可存取整個媒體庫的使用者才能使用回收筒。"),
        ["InvalidRequest"] = ("The request is not valid.", "要求無效。"),
        ["NameRequired"] = ("The media item needs a name.", "媒體項目需要名稱。"),
        ["DuplicateKey"] = ("A media item with this id already exists.", "已有相同 ID 的媒體項目。"),
        ["TemporaryFileNotFound"] = ("The uploaded file was not found: it may have expired. Upload it again.", "找不到已上載的檔案，可能已過期，請重新上載。"),
        ["SaveFailed"] = ("The media item could not be saved.", "無法儲存媒體項目。"),
        ["NotAllowed"] = ("This is not allowed here.", "此處不允許此操作。"),
        ["InRecycleBin"] = ("The media item is in the recycle bin.", "媒體項目在回收筒內。"),
        ["NotInRecycleBin"] = ("The media item is not in the recycle bin.", "媒體項目不在回收筒內。"),
        ["Saved"] = ("Media saved", "媒體已儲存"),
        ["FileMissing"] = ("Choose a file to upload.", "請選擇要上載的檔案。"),
        ["FileTypeNotAllowed"] = ("Files of this type cannot be uploaded.", "不可上載此類型的檔案。"),
        ["FileTooLarge"] = ("The file is larger than uploads may be.", "檔案超過上載大小上限。"),
        ["TemporaryFileIdUsed"] = ("A file was already uploaded with this id.", "已有檔案以此 ID 上載。"),
        ["InvalidCrop"] = ("Crops and the focal point must lie on the image.", "裁剪範圍和焦點必須位於圖片之內。"),
    };

    public static string Get(BackOfficeUser? user, string key)
    {
        var (en, zh) = Texts[key];
        return user?.LanguageIsoCode is { } language && language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? zh : en;
    }
}
