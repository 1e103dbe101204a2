using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Web.ManagementApi.Security;
using SelfHelp.Web.Security;
using SelfHelp.Web.Tests.Api;
using SelfHelp.Web.Tests.Forms;

namespace SelfHelp.Web.Tests.Security;

/// <summary>The forms host with one volunteer entry and a signed-in client per principal of the matrix.</summary>
public sealed class PermissionMatrixHost : FormsHost
{
    /// <summary>The matrix's columns, in order.</summary>
    public static readonly string[] Principals = ["anonymous", "no role", .. PermissionMatrixTests.RoleColumns];

    public Dictionary<string, HttpClient> Clients { get; } = [];
    public Guid EntryId { get; private set; }
    public Guid VolunteerFormKey { get; private set; }

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Umbraco:CMS:DeliveryApi:Enabled", "true");
        builder.UseSetting("Umbraco:CMS:DeliveryApi:PublicAccess", "true");
        builder.UseSetting("Umbraco:CMS:DeliveryApi:Media:Enabled", "true");
        builder.UseSetting("Umbraco:CMS:DeliveryApi:Media:PublicAccess", "true");
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Clients["anonymous"] = Client();
        Clients["no role"] = await StaffClientAsync("no-role@selfhelp.example");
        foreach (var role in PermissionMatrixTests.RoleColumns)
        {
            Clients[role] = await StaffClientAsync($"{role.ToLowerInvariant()}@selfhelp.example", role);
        }
        var posted = await PostFormAsync(Client(), "/volunteer/", [
            new("name", "Matrix Person"), new("email", "matrix.person@example.com"), new("districts", "shaTin"), new("languages", "cantonese"),
            new("skills", "listening"), new("availability", "weekends"), new("dataConsent", "on"),
        ]);
        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        var entries = await Clients[StaffRoles.Admin].GetFromJsonAsync<JsonElement>("/umbraco/forms/management/api/v1/forms/volunteerSignUp/entries");
        EntryId = entries.GetProperty("items")[0].GetProperty("id").GetGuid();
        using var scope = Services.CreateScope();
        VolunteerFormKey = (await scope.ServiceProvider.GetRequiredService<IFormService>().GetAsync("volunteerSignUp"))!.Key;
    }
}

/// <summary>
/// Who may call what: every endpoint of the app, found from its <see cref="EndpointDataSource"/>, has a row here with
/// the status each principal gets; a new endpoint without a row fails <see cref="Every_endpoint_of_the_app_has_a_row"/>,
/// and every cell is called for real in <see cref="Every_cell_answers_as_the_table_says"/>.
/// </summary>
public sealed class PermissionMatrixTests(PermissionMatrixHost host) : IClassFixture<PermissionMatrixHost>
{
    public static readonly string[] RoleColumns =
    [
        StaffRoles.EntryViewer, StaffRoles.SensitiveDataViewer, StaffRoles.EntryModerator, StaffRoles.DataProtectionOfficer,
        BackOfficeUserGroups.Editor, BackOfficeUserGroups.Writer, BackOfficeUserGroups.Translator, StaffRoles.Admin,
    ];

    private const string Staff = "/umbraco/forms/management/api/v1";
    private const string Delivery = "/umbraco/delivery/api/v2";
    internal static readonly Guid Missing = Guid.Parse("00000000-0000-4000-8000-00000000dead");

    /// <summary>One endpoint: its route as the app declares it, the request that exercises it, and the status per column.</summary>
    internal sealed record Row(string Endpoint, Func<PermissionMatrixHost, HttpRequestMessage> Request, bool PersonalData, int[] Expected);

    internal static HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);
    internal static HttpRequestMessage Delete(string url) => new(HttpMethod.Delete, url);
    internal static HttpRequestMessage Post(string url, object body) => new(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
    internal static HttpRequestMessage Put(string url, object body) => new(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
    private static HttpRequestMessage PostForm(string url) => new(HttpMethod.Post, url) { Content = new FormUrlEncodedContent([new("name", "x")]) };

    private static HttpRequestMessage WithApiKey(HttpRequestMessage request)
    {
        request.Headers.Add("Api-Key", FormsHost.ApiKey);
        return request;
    }

    /// <summary>
    /// A Management API operation: 401 without a token, 403 for a signed-in user with none of <paramref name="groups"/>
    /// (administrators always have every section), <paramref name="allowed"/> for one who has.
    /// </summary>
    internal static Row BackOffice(string endpoint, Func<PermissionMatrixHost, HttpRequestMessage> request, int allowed, params string[] groups) =>
        new(endpoint, request, false, [.. PermissionMatrixHost.Principals.Select(principal => principal switch
        {
            "anonymous" => 401,
            _ when principal == StaffRoles.Admin || groups.Contains(principal) => allowed,
            _ => 403,
        })]);

    // Columns:                                                       anon  none  viewer sensit moder  dpo  editor writer transl admin
    internal static readonly Row[] Table =
    [
        // Staff API: personal data, each action behind its policy (401 without a token, 403 without the role).
        new("GET,HEAD /umbraco/forms/management/api/v1/forms/{form}/entries", _ => Get($"{Staff}/forms/volunteerSignUp/entries"), true,
                                                                         [401, 403, 200, 200, 200, 200, 403, 403, 403, 200]),
        new("GET,HEAD /umbraco/forms/management/api/v1/forms/{form}/entries/export", _ => Get($"{Staff}/forms/volunteerSignUp/entries/export"), true,
                                                                         [401, 403, 403, 403, 403, 200, 403, 403, 403, 200]),
        new("GET,HEAD /umbraco/forms/management/api/v1/entries/{id:guid}", h => Get($"{Staff}/entries/{h.EntryId}"), true,
                                                                         [401, 403, 200, 200, 200, 200, 403, 403, 403, 200]),
        new("GET,HEAD /umbraco/forms/management/api/v1/entries/{id:guid}/files/{fileId:guid}", h => Get($"{Staff}/entries/{h.EntryId}/files/{Missing}"), true,
                                                                         [401, 403, 404, 404, 404, 404, 403, 403, 403, 404]),
        new("POST /umbraco/forms/management/api/v1/entries/{id:guid}/state", _ => Post($"{Staff}/entries/{Missing}/state", new { state = "Approved" }), true,
                                                                         [401, 403, 403, 403, 404, 403, 403, 403, 403, 404]),
        new("POST /umbraco/forms/management/api/v1/workflows/{jobId:guid}/retry", _ => Post($"{Staff}/workflows/{Missing}/retry", new { }), true,
                                                                         [401, 403, 403, 403, 404, 403, 403, 403, 403, 404]),
        new("DELETE /umbraco/forms/management/api/v1/entries/{id:guid}", _ => Delete($"{Staff}/entries/{Missing}"), true,
                                                                         [401, 403, 403, 403, 403, 404, 403, 403, 403, 404]),
        new("POST /umbraco/forms/management/api/v1/personal-data/export", _ => Post($"{Staff}/personal-data/export", new { email = "nobody@example.com" }), true,
                                                                         [401, 403, 403, 403, 403, 200, 403, 403, 403, 200]),
        new("POST /umbraco/forms/management/api/v1/personal-data/erase", _ => Post($"{Staff}/personal-data/erase", new { email = "nobody@example.com" }), true,
                                                                         [401, 403, 403, 403, 403, 200, 403, 403, 403, 200]),
        new("GET,HEAD /umbraco/forms/management/api/v1/records/volunteers", _ => Get($"{Staff}/records/volunteers"), true,
                                                                         [401, 403, 200, 200, 200, 200, 403, 403, 403, 200]),
        new("GET,HEAD /umbraco/forms/management/api/v1/records/registrations", _ => Get($"{Staff}/records/registrations"), true,
                                                                         [401, 403, 200, 200, 200, 200, 403, 403, 403, 200]),
        new("GET,HEAD /umbraco/forms/management/api/v1/records/support-requests", _ => Get($"{Staff}/records/support-requests"), true,
                                                                         [401, 403, 200, 200, 200, 200, 403, 403, 403, 200]),
        new("GET,HEAD /umbraco/forms/management/api/v1/records/relayed-messages", _ => Get($"{Staff}/records/relayed-messages"), true,
                                                                         [401, 403, 200, 200, 200, 200, 403, 403, 403, 200]),
        // Sign-in: anonymous by nature; a wrong password is a 401 whoever asks.
        new("POST /umbraco/staff/api/v1/login", _ => Post("/umbraco/staff/api/v1/login", new { email = $"nobody-{Guid.NewGuid():N}@selfhelp.example", password = "Wrong-password-123" }), true,
                                                                         [401, 401, 401, 401, 401, 401, 401, 401, 401, 401]),
        // Public: anonymous allowed, no personal data; a token changes nothing.
        new("GET,HEAD /umbraco/forms/delivery/api/v1/definitions/{id:guid}", h => Get($"/umbraco/forms/delivery/api/v1/definitions/{h.VolunteerFormKey}"), false,
                                                                         [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        new("POST /umbraco/forms/delivery/api/v1/entries/{id:guid}", h => WithApiKey(Post($"/umbraco/forms/delivery/api/v1/entries/{h.VolunteerFormKey}", new { values = new { } })), false,
                                                                         [422, 422, 422, 422, 422, 422, 422, 422, 422, 422]),
        new("POST /{**path}", _ => PostForm("/volunteer/"), false,       [400, 400, 400, 400, 400, 400, 400, 400, 400, 400]),
        new("GET,HEAD /{**path}", _ => Get("/volunteer/"), false,         [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        new("GET,HEAD /{**path:file}", _ => Get("/nothing-here.txt"), false, [404, 404, 404, 404, 404, 404, 404, 404, 404, 404]),
        new("* /search", _ => Get("/search/?q=volunteer"), false,       [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        new("* /{culture}/search", _ => Get("/zh-hk/search/?q=volunteer"), false,
                                                                         [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        new("GET,HEAD /api/search/", _ => Get("/api/search?q=volunteer"), false, [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        new("GET,HEAD /api/search/suggest", _ => Get("/api/search/suggest?q=vol"), false, [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        new("GET,HEAD /openapi/{documentName:regex(^selfhelp$)}.json", _ => Get("/openapi/selfhelp.json"), false, [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        new("GET,HEAD /umbraco/swagger/{documentName:regex(^forms$)}/swagger.json", _ => Get("/umbraco/swagger/forms/swagger.json"), false,
                                                                         [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        // Shapes of the staff APIs, never anyone's data: public like Umbraco's own Management API document.
        new("GET,HEAD /umbraco/swagger/{documentName:regex(^management$)}/swagger.json", _ => Get("/umbraco/swagger/management/swagger.json"), false,
                                                                         [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        new("GET,HEAD /umbraco/swagger/{documentName:regex(^delivery$)}/swagger.json", _ => Get("/umbraco/swagger/delivery/swagger.json"), false,
                                                                         [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        new("GET,HEAD /umbraco/delivery/api-docs/{documentName?}", _ => Get("/umbraco/delivery/api-docs/"), false,
                                                                         [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        new("GET,HEAD /umbraco/delivery/api-docs/scalar.js", _ => Get("/umbraco/delivery/api-docs/scalar.js"), false,
                                                                         [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        new("GET,HEAD /umbraco/delivery/api-docs/scalar.aspnetcore.js", _ => Get("/umbraco/delivery/api-docs/scalar.aspnetcore.js"), false,
                                                                         [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        new("GET,HEAD /umbraco/delivery/api-docs/favicon.svg", _ => Get("/umbraco/delivery/api-docs/favicon.svg"), false,
                                                                         [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        // Addresses under the API prefixes that no endpoint answers: a 404 ProblemDetails, never the site's page.
        new("* /api/{**rest}", _ => Get("/api/nothing-here"), false,    [404, 404, 404, 404, 404, 404, 404, 404, 404, 404]),
        new("* /umbraco/{**rest}", _ => Get("/umbraco/nothing-here"), false, [404, 404, 404, 404, 404, 404, 404, 404, 404, 404]),
        new("* /openapi/{**rest}", _ => Get("/openapi/nothing-here"), false, [404, 404, 404, 404, 404, 404, 404, 404, 404, 404]),
        new("* /healthz", _ => Get("/healthz"), false,                 [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        new($"GET,HEAD {Delivery}/content/", _ => Get($"{Delivery}/content"), false, [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        new($"GET,HEAD {Delivery}/content/item/{{id:guid}}", _ => Get($"{Delivery}/content/item/{Missing}"), false, [404, 404, 404, 404, 404, 404, 404, 404, 404, 404]),
        new($"GET,HEAD {Delivery}/content/item/{{*path}}", _ => Get($"{Delivery}/content/item/volunteer"), false, [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        new($"GET,HEAD {Delivery}/content/items", _ => Get($"{Delivery}/content/items?id={Missing}"), false, [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        new($"GET,HEAD {Delivery}/media/", _ => Get($"{Delivery}/media?fetch=children:/"), false, [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        new($"GET,HEAD {Delivery}/media/item/{{id:guid}}", _ => Get($"{Delivery}/media/item/{Missing}"), false, [404, 404, 404, 404, 404, 404, 404, 404, 404, 404]),
        new($"GET,HEAD {Delivery}/media/item/{{*path}}", _ => Get($"{Delivery}/media/item/nothing-here"), false, [404, 404, 404, 404, 404, 404, 404, 404, 404, 404]),
        new($"GET,HEAD {Delivery}/media/items", _ => Get($"{Delivery}/media/items?id={Missing}"), false, [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        // The Management API, one block per feature folder (ManagementApi/{Feature}): rows made with BackOffice(...).
        .. PermissionMatrixBackOfficeRows.All,
        .. PermissionMatrixTypesRows.All,
        .. PermissionMatrixDocumentsRows.All,
        .. PermissionMatrixMediaRows.All,
        .. PermissionMatrixFormsSectionRows.All,
        .. PermissionMatrixDocumentOperationsRows.All,
        .. PermissionMatrixUsersRows.All,
    ];

    [Fact]
    public void Every_endpoint_of_the_app_has_a_row()
    {
        var endpoints = Endpoints().ToList();
        var declared = endpoints.Select(e => e.Key).ToHashSet();

        var withoutRow = endpoints.Where(e => !Table.Any(r => r.Endpoint == e.Key)).Select(e => $"{e.Key}   [{e.DisplayName}]").Order().ToList();
        var rowWithoutEndpoint = Table.Select(r => r.Endpoint).Except(declared).Order().ToList();

        Assert.True(withoutRow.Count == 0, "Endpoints with no row in the permission matrix (add one, with the policy it needs):\n" + string.Join("\n", withoutRow));
        Assert.True(rowWithoutEndpoint.Count == 0, "Rows for endpoints the app no longer has:\n" + string.Join("\n", rowWithoutEndpoint));
        Assert.Equal(Table.Length, Table.Select(r => r.Endpoint).Distinct().Count());
    }

    [Fact]
    public void Every_endpoint_with_personal_data_requires_a_staff_policy_and_every_other_needs_none()
    {
        var policies = Endpoints().ToDictionary(e => e.Key, e => e.Policies);

        var wrong = Table
            .Where(r => r.Endpoint != "POST /umbraco/staff/api/v1/login")
            .Where(r => r.PersonalData != policies[r.Endpoint].Any(p => p.StartsWith("Forms.", StringComparison.Ordinal)))
            .Select(r => $"{r.Endpoint}: {(r.PersonalData ? "personal data but no staff policy" : "public but has " + string.Join(",", policies[r.Endpoint]))}")
            .ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public async Task Every_cell_answers_as_the_table_says()
    {
        var mismatches = new List<string>();
        var cells = 0;
        foreach (var row in Table)
        {
            for (var column = 0; column < PermissionMatrixHost.Principals.Length; column++)
            {
                var principal = PermissionMatrixHost.Principals[column];
                using var response = await host.Clients[principal].SendAsync(row.Request(host));
                cells++;
                if ((int)response.StatusCode != row.Expected[column])
                {
                    mismatches.Add($"{row.Endpoint} as {principal}: {(int)response.StatusCode}, expected {row.Expected[column]}");
                }
                if (!row.PersonalData && response.IsSuccessStatusCode)
                {
                    var body = await response.Content.ReadAsStringAsync();
                    if (body.Contains("matrix.person@example.com", StringComparison.OrdinalIgnoreCase))
                    {
                        mismatches.Add($"{row.Endpoint} as {principal}: a public answer carries the volunteer's email");
                    }
                }
            }
        }

        Assert.Equal(Table.Length * PermissionMatrixHost.Principals.Length, cells);
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public void Static_files_are_the_only_endpoints_left_out_and_need_no_policy()
    {
        var assets = host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is not null).ToList();

        Assert.NotEmpty(assets);
        Assert.All(assets, a => Assert.Empty(a.Metadata.GetOrderedMetadata<IAuthorizeData>()));
    }

    private IReadOnlyList<AppEndpoint> Endpoints() => AppEndpoints.Of(host.Services);
}
