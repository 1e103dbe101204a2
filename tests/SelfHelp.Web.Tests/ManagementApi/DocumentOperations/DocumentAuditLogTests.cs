using System.Net.Http.Json;
using System.Text.Json;
using SelfHelp.Web.ManagementApi.Security;
using static SelfHelp.Web.Tests.ManagementApi.DocumentOperations.DocumentOperationsHost;

namespace SelfHelp.Web.Tests.ManagementApi.DocumentOperations;

public sealed class DocumentAuditLogTests(DocumentOperationsHost host) : IClassFixture<DocumentOperationsHost>
{
    [Fact]
    public async Task The_audit_log_lists_what_the_user_did_newest_first_with_their_key()
    {
        var (editor, editorKey) = await host.SignedInUserAsync(BackOfficeUserGroups.Editor);
        var parent = await host.PageAsync("Audit parent");
        var page = await host.PageAsync("Audited page", "審計頁");
        await editor.PutAsJsonAsync($"{Management}/document/{page.Key}/move", new { target = new { id = parent.Key } });

        var log = await editor.GetFromJsonAsync<JsonElement>($"{Management}/document/{page.Key}/audit-log");
        var ascending = await editor.GetFromJsonAsync<JsonElement>($"{Management}/document/{page.Key}/audit-log?orderDirection=Ascending&take=1");

        var newest = log.GetProperty("items")[0];
        Assert.Equal("Move", newest.GetProperty("logType").GetString());
        Assert.Equal(editorKey, newest.GetProperty("user").GetProperty("id").GetGuid());
        Assert.Contains(log.GetProperty("items").EnumerateArray(), e => e.GetProperty("logType").GetString() == "PublishVariant" && e.GetProperty("parameters").GetString() == "zh-HK");
        Assert.Equal(log.GetProperty("total").GetInt32(), ascending.GetProperty("total").GetInt32());
        Assert.NotEqual("Move", Assert.Single(ascending.GetProperty("items").EnumerateArray()).GetProperty("logType").GetString());
    }
}
