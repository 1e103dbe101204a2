using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.ManagementApi.Documents;

/// <summary>
/// The words document operations send to people (problem titles and notifications), in English and in Traditional
/// Chinese as written in Hong Kong, chosen by the back office user's language.
/// </summary>
internal sealed class DocumentText
{
    private readonly bool _chinese;

    private DocumentText(bool chinese) => _chinese = chinese;

    public static DocumentText For(BackOfficeUser? user) =>
        new(user?.LanguageIsoCode?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true);

    private string Say(string english, string chinese) => _chinese ? chinese : english;

    public string NotFound => Say("The document could not be found", "找不到這份文件");
    public string ParentNotFound => Say("The parent document could not be found", "找不到上層文件");
    public string DocumentTypeNotFound => Say("The document type could not be found", "找不到文件類型");
    public string NotAllowed => Say("You do not have permission to do this", "你沒有權限進行此操作");
    public string CultureNotAllowed => Say("You may not edit this language", "你無權編輯此語言");
    public string InvalidPaging => Say("Skip and take cannot be negative", "略過和擷取數目不能是負數");
    public string InvalidRequest => Say("The request is not valid", "請求無效");
    public string UnknownCulture(string culture) => Say($"There is no language '{culture}'", $"沒有「{culture}」這種語言");
    public string VariantsMissing => Say("Give the document a name", "請為文件命名");
    public string ValidationFailed => Say("Validation failed", "驗證失敗");
    public string ValidationFailedDetail => Say("One or more properties did not pass validation", "一個或多個屬性未能通過驗證");
    public string Conflict => Say("Someone else changed this document; reload it and try again", "其他人已修改此文件，請重新載入後再試");
    public string Cancelled => Say("The operation was cancelled", "操作已被取消");
    public string ParentNotPublished => Say("Publish the parent document first", "請先發佈上層文件");
    public string PublishFailed => Say("The document could not be published", "未能發佈文件");
    public string ScheduleInPast => Say("A schedule must be in the future", "排程時間必須在未來");
    public string NotTrashedOnly => Say("A document in the recycle bin cannot be changed", "回收筒中的文件不能修改");
    public string DocumentTypeNotAllowedHere => Say("This document type is not allowed here", "此處不允許使用這種文件類型");
    public string DescendantsNotPublished(int count) => Say($"{count} descendants could not be published", $"有 {count} 份子文件未能發佈");
}
