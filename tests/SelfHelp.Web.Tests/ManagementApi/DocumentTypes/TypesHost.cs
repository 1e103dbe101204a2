using System.Net.Http.Json;
using System.Text.Json;
using SelfHelp.Web.ManagementApi.Security;

namespace SelfHelp.Web.Tests.ManagementApi.DocumentTypes;

/// <summary>The Management API host with its own copy of the shipped uSync files, an administrator and an editor signed in.</summary>
public sealed class TypesHost : ManagementApiHost
{
    public const string V1 = "/umbraco/management/api/v1";

    /// <summary>The uSync folder this host imported from and exports to.</summary>
    public string USyncFolder => Path.Combine(Root, "uSync", "v17");

    public HttpClient Admin { get; private set; } = null!;
    public HttpClient Editor { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Admin = await SignedInAsync(BackOfficeUserGroups.Admin);
        Editor = await SignedInAsync(BackOfficeUserGroups.Editor);
    }

    public async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(V1 + path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<HttpResponseMessage> PutJsonAsync(HttpClient client, string path, object body) =>
        await client.PutAsJsonAsync(V1 + path, body);
}
