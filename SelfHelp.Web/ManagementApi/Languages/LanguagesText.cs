using SelfHelp.Web.ManagementApi.Common;

namespace SelfHelp.Web.ManagementApi.Languages;

/// <summary>The messages of the language operations, in English and Traditional Chinese.</summary>
internal static class LanguagesText
{
    public static string NotFound(HttpContext c) => ManagementText.Pick(c, "The language was not found.", "找不到此語言。");
    public static string Invalid(HttpContext c) => ManagementText.Pick(c, "The language could not be saved.", "未能儲存語言。");
    public static string Required(HttpContext c) => ManagementText.Pick(c, "Required.", "必須填寫。");
    public static string InvalidIsoCode(HttpContext c) => ManagementText.Pick(c, "Not a culture code such as en-US or zh-HK.", "不是有效的語言代碼（例如 en-US 或 zh-HK）。");
    public static string Duplicate(HttpContext c) => ManagementText.Pick(c, "This language already exists.", "此語言已存在。");
    public static string NoFallback(HttpContext c) => ManagementText.Pick(c, "SelfHelp does not support fallback languages.", "SelfHelp 不支援後備語言。");
    public static string DefaultStays(HttpContext c) => ManagementText.Pick(c, "There must be a default language: make another language the default first.", "必須有一個預設語言：請先將另一個語言設為預設。");
    public static string DefaultCannotBeDeleted(HttpContext c) => ManagementText.Pick(c, "The default language cannot be deleted.", "不可刪除預設語言。");
}
