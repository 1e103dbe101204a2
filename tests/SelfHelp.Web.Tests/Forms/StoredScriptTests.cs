using SelfHelp.Web.Security;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Workflows;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.PublishedCache;
using SelfHelp.Web.Forms.Staff;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.Forms;

/// <summary>
/// Stored XSS: a group listed through <c>listYourGroup</c> with hostile answers, approved by a moderator and published,
/// runs no script on its page and carries none in the Delivery API, whichever field the payload came in.
/// </summary>
public sealed class StoredScriptTests(StoredScriptTests.Host host) : IClassFixture<StoredScriptTests.Host>
{
    private const string Marker = "Heron hostile group";

    [Fact]
    public async Task A_group_listed_with_hostile_answers_runs_no_script_on_its_page_or_in_the_delivery_api_once_approved_and_published()
    {
        var form = (await host.Services.GetRequiredService<IFormService>().GetAsync("listYourGroup"))!;
        var visitor = host.Client();
        visitor.DefaultRequestHeaders.Add("Api-Key", FormsHost.ApiKey);
        var posted = await visitor.PostAsJsonAsync($"/umbraco/forms/delivery/api/v1/entries/{form.Key}", new
        {
            values = new Dictionary<string, object>
            {
                ["groupName"] = $"{Marker} <script>alert('name')</script><img src=x onerror=alert('name')>",
                ["description"] = $"<p>{Marker} meets monthly.</p><script>alert('description')</script><img src=x onerror=\"alert('description')\">"
                    + "<a href=\"javascript:alert('description')\">our site</a><a href=\" JaVaScRiPt:alert('spaced')\">more</a>"
                    + "<svg onload=alert('svg')></svg><iframe src=\"javascript:alert('frame')\"></iframe><p style=\"background:url(javascript:alert(1))\">styled</p>",
                ["topics"] = new[] { "familyAndEducation" }, ["districts"] = new[] { "shamShuiPo" }, ["languages"] = new[] { "cantonese" },
                ["meetingFormat"] = "inPerson",
                ["meetingSchedule"] = "First Saturday <script>alert('schedule')</script>",
                ["venue"] = "Hall <img src=x onerror=alert('venue')> <a href=\"javascript:alert('venue')\">map</a>",
                ["acceptingNewMembers"] = "on", ["contactName"] = "Wong Ka Yan", ["contactEmail"] = "heron.hostile@example.com", ["dataConsent"] = "on",
            },
            culture = "en-US",
        });
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);

        var moderator = await host.StaffClientAsync("xss-moderator@selfhelp.example", StaffRoles.EntryModerator);
        var approved = await moderator.PostAsJsonAsync($"/umbraco/forms/management/api/v1/entries/{await EntryIdAsync(form.Key)}/state", new { state = "Approved" });
        Assert.Equal(HttpStatusCode.NoContent, approved.StatusCode);
        await host.Services.GetRequiredService<IFormWorkflowRunner>().RunDueAsync();

        var directory = host.Services.GetRequiredService<IPublishedContentCache>().Current.GetByKey(host.Group.Key)!.ParentId;
        var draft = Assert.Single(await host.Content.GetChildrenAsync(directory), c => c.Key != host.Group.Key);
        var published = PageBuilder.Succeeded(await host.Content.PublishAsync(draft, ["*"]));

        var client = host.Client();
        var route = host.Services.GetRequiredService<IPublishedContentCache>().Current.GetByKey(published.Key)!.GetRoute("en-US")!;
        var page = await client.GetStringAsync(route);
        Assert.Contains(Marker, page);
        AssertRunsNoScript(page, "the group page");

        var request = new HttpRequestMessage(HttpMethod.Get, $"/umbraco/delivery/api/v2/content/item/{published.Key}?expand=properties[$all]");
        request.Headers.Add("Accept-Language", "en-US");
        var answer = await client.SendAsync(request);
        var body = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.IsSuccessStatusCode, $"{answer.StatusCode}: {body}");
        var item = JsonDocument.Parse(body).RootElement;
        Assert.Contains(Marker, item.GetRawText());
        foreach (var (path, text) in Strings(item, "item"))
        {
            AssertRunsNoScript(text, $"Delivery API {path}");
        }
    }

    private async Task<Guid> EntryIdAsync(Guid formKey)
    {
        await using var db = host.Services.GetRequiredService<IDbContextFactory<SelfHelpDbContext>>().CreateDbContext();
        return await db.FormEntries.Where(e => e.FormKey == formKey).Select(e => e.Id).SingleAsync();
    }

    // Read as a browser would, whether the text is a page or a string a headless client might put into one.
    private static void AssertRunsNoScript(string html, string where)
    {
        var document = new HtmlParser().ParseDocument(html);
        var elements = document.All.ToList();
        foreach (var element in elements)
        {
            // The site's own scripts are files it serves; a script with inline code, or one that alerts, came from the visitor.
            Assert.False(element.LocalName == "script" && (element.GetAttribute("src") is null || element.TextContent.Contains("alert")), $"{where}: {element.OuterHtml}");
            Assert.False(element.LocalName is "iframe" or "object" or "embed", $"{where}: {element.OuterHtml}");
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{where}: <{element.LocalName} {attribute.LocalName}=\"{attribute.Value}\">");
                Assert.False(attribute.Value.Trim().Contains("javascript:", StringComparison.OrdinalIgnoreCase), $"{where}: <{element.LocalName} {attribute.LocalName}=\"{attribute.Value}\">");
            }
        }
    }

    private static IEnumerable<(string Path, string Text)> Strings(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.String => [(path, element.GetString()!)],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value, $"{path}.{p.Name}")),
        JsonValueKind.Array => element.EnumerateArray().SelectMany((e, i) => Strings(e, $"{path}[{i}]")),
        _ => [],
    };

    /// <summary>The forms host, workflows run by the test, with the Delivery API on as a headless site has it.</summary>
    public sealed class Host : PersonalDataHost
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Umbraco:CMS:DeliveryApi:Enabled", "true");
            builder.UseSetting("Umbraco:CMS:DeliveryApi:PublicAccess", "true");
        }
    }
}
