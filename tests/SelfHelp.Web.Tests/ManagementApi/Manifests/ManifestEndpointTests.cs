using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SelfHelp.Web.ManagementApi.Security;
using SelfHelp.Web.Tests.BackOffice;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.ManagementApi.Manifests;

/// <summary>The Management API host with the repository's built back office client.</summary>
public sealed class BuiltClientManagementApiHost : ManagementApiHost
{
    protected override void Setup(SiteSetup site)
    {
        base.Setup(site);
        site.WithBuiltClient();
    }
}

/// <summary>The manifests the client registers at boot: public for anyone, private (SelfHelp's bundle) for back office users.</summary>
public sealed class ManifestEndpointTests(BuiltClientManagementApiHost host) : IClassFixture<BuiltClientManagementApiHost>
{
    private const string Manifests = "/umbraco/management/api/v1/manifest/manifest";

    [Fact]
    public async Task The_public_manifests_answer_anyone_and_declare_nothing_before_sign_in()
    {
        using var response = await host.Client().GetAsync($"{Manifests}/public");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[]", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(Manifests)]
    [InlineData(Manifests + "/private")]
    public async Task The_private_and_all_manifests_need_a_back_office_user(string url)
    {
        using var anonymous = await host.Client().GetAsync(url);
        using var signedIn = await (await host.SignedInAsync(BackOfficeUserGroups.Writer)).GetAsync(url);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    [SkippableTheory]
    [InlineData(Manifests)]
    [InlineData(Manifests + "/private")]
    public async Task SelfHelps_package_declares_its_entry_point_whose_script_is_served(string url)
    {
        BuiltClient.SkipUnlessBuilt();
        var client = await host.SignedInAsync(BackOfficeUserGroups.Editor);

        var packages = await client.GetFromJsonAsync<JsonElement>(url);

        var package = Assert.Single(packages.EnumerateArray());
        Assert.Equal("SelfHelp", package.GetProperty("name").GetString());
        Assert.Equal("SelfHelp.BackOffice", package.GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(package.GetProperty("version").GetString()));
        var extension = Assert.Single(package.GetProperty("extensions").EnumerateArray());
        Assert.Equal("backofficeEntryPoint", extension.GetProperty("type").GetString());
        Assert.Equal("SelfHelp.EntryPoint", extension.GetProperty("alias").GetString());
        var js = extension.GetProperty("js").GetString()!;
        Assert.Matches(@"^/umbraco/backoffice/selfhelp-[A-Za-z0-9_-]{8}\.js$", js);

        using var script = await host.Client().GetAsync(js);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("onInit", await script.Content.ReadAsStringAsync());
    }
}

/// <summary>Without a built client there is no bundle to load, so no package is declared.</summary>
public sealed class UnbuiltClientManifestTests(ManagementApiHost host) : IClassFixture<ManagementApiHost>
{
    [Fact]
    public async Task No_package_is_declared_when_the_client_is_not_built()
    {
        var client = await host.SignedInAsync(BackOfficeUserGroups.Editor);

        using var response = await client.GetAsync("/umbraco/management/api/v1/manifest/manifest/private");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[]", await response.Content.ReadAsStringAsync());
    }
}
