using Microsoft.Extensions.Diagnostics.HealthChecks;
using SelfHelp.Web.ManagementApi.Common;

namespace SelfHelp.Web.ManagementApi.HealthChecks;

/// <summary>What the Settings section shows of each check, in English and Traditional Chinese.</summary>
internal static class HealthCheckText
{
    public static string GroupNotFound(HttpContext c) => ManagementText.Pick(c, "The health check group was not found.", "找不到此健康檢查組別。");

    public static string Name(HttpContext c, string registration) => registration switch
    {
        "database" => ManagementText.Pick(c, "Database", "資料庫"),
        "published-cache" => ManagementText.Pick(c, "Published cache", "已發佈內容快取"),
        "search-index" => ManagementText.Pick(c, "Search index", "搜尋索引"),
        _ => registration,
    };

    public static string? Description(HttpContext c, string registration) => registration switch
    {
        "database" => ManagementText.Pick(c, "The database answers a query.", "資料庫能回應查詢。"),
        "published-cache" => ManagementText.Pick(c, "The live site's content has been loaded.", "網站的已發佈內容已載入。"),
        "search-index" => ManagementText.Pick(c, "The public search index is ready (it is rebuilt when missing or damaged).", "公開搜尋索引已就緒（如遺失或損壞會重建）。"),
        _ => null,
    };

    // The checks' own descriptions are English, so the Chinese wording leaves them out.
    public static string Result(HttpContext c, string registration, HealthReportEntry entry) => entry.Status switch
    {
        HealthStatus.Healthy => ManagementText.Pick(c, $"{Name(c, registration)}: healthy.", $"{Name(c, registration)}：正常。"),
        HealthStatus.Degraded => ManagementText.Pick(c, $"{Name(c, registration)}: degraded. {entry.Description}", $"{Name(c, registration)}：效能下降。"),
        _ => ManagementText.Pick(c, $"{Name(c, registration)}: unhealthy. {entry.Description}", $"{Name(c, registration)}：不正常。"),
    };
}
