using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using SelfHelp.Core.Content;
using SelfHelp.Testing;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.Forms;

/// <summary>
/// The real host with the shipped uSync files (types, dictionary, the six forms), a loopback SMTP server, an API key,
/// and a published site: a workshop, a group (with a private address), a story library and the volunteer hub.
/// </summary>
public class FormsHost : TempSiteHost
{
    public const string ApiKey = "test-forms-api-key-0123456789";
    public const string GroupAddress = "private-inbox@kwun-tong-carers.example";
    public const string StaffPassword = "Staff-Password-123456";

    public FormsHost() => Smtp = Owned(new LoopbackSmtpServer());

    public LoopbackSmtpServer Smtp { get; }
    public ContentItem Workshop { get; private set; } = null!;
    public ContentItem Group { get; private set; } = null!;
    public ContentItem VolunteerHub { get; private set; } = null!;

    /// <summary>How many posts one client may make per minute in this host.</summary>
    protected virtual int PermitLimit => 1000;

    protected override void Setup(SiteSetup site)
    {
        site.ShippedUSync = true;
        site.WithSmtp(Smtp)
            .WithForms(ApiKey, PermitLimit)
            .With("uSync:Settings:ExportOnSave", "None")
            .With("SelfHelp:Security:Login:PermitsPerAddress", "1000"); // every staff client signs in from loopback
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var home = await new PageBuilder(Content, "home", ContentItem.RootId, "Home", "主頁").With("heroTitle", "Find a group", "尋找小組").PublishAsync();
        var workshops = await new PageBuilder(Content, "workshopList", home.Id, "Workshops", "工作坊").PublishAsync();
        Workshop = await new PageBuilder(Content, "workshop", workshops.Id, "Running a first meeting", "主持第一次聚會")
            .With("title", "Running a first meeting", "主持第一次聚會").WithInvariant("capacity", 1).PublishAsync();
        var groups = await new PageBuilder(Content, "groupDirectory", home.Id, "Groups", "組織名錄").PublishAsync();
        Group = await new PageBuilder(Content, "selfHelpGroup", groups.Id, "Kwun Tong Carers", "觀塘照顧者")
            .With("name", "Kwun Tong Carers", "觀塘照顧者").WithInvariant("publicEmail", GroupAddress).PublishAsync();
        VolunteerHub = await new PageBuilder(Content, "volunteerHub", home.Id, "Volunteer", "義工").PublishAsync();
    }

    /// <summary>Creates a staff member with the given roles and returns a client that sends their bearer token.</summary>
    public async Task<HttpClient> StaffClientAsync(string email, params string[] roles)
    {
        await StaffAccounts.CreateAsync(Services, email, StaffPassword, roles);
        var client = Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await StaffAccounts.TokenAsync(client, email, StaffPassword));
        return client;
    }

    /// <summary>Gets a page, and posts a form on it (with any files) with the antiforgery token the page carried.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> values, string? formKey = null,
        IEnumerable<(string Field, string FileName, byte[] Content)>? files = null)
    {
        var page = await (await client.GetAsync(path)).Content.ReadAsStringAsync();
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var key = formKey ?? Regex.Match(page, "name=\"__selfhelpForm\" value=\"([^\"]+)\"").Groups[1].Value;
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in values.Append(new("__RequestVerificationToken", token)).Append(new("__selfhelpForm", key)))
        {
            content.Add(new StringContent(value), name);
        }
        foreach (var (field, fileName, bytes) in files ?? [])
        {
            content.Add(new ByteArrayContent(bytes), field, fileName);
        }
        return await client.PostAsync(path, content);
    }
}
