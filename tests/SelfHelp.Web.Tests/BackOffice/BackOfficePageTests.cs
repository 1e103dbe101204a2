using System.Net;
using System.Text.RegularExpressions;
using SelfHelp.Web.BackOffice;

namespace SelfHelp.Web.Tests.BackOffice;

/// <summary>The page at /umbraco with the built client: Umbraco's page around &lt;umb-app&gt;, its files cached by their hashes.</summary>
public sealed partial class BackOfficePageTests(BuiltBackOfficeHost host) : IClassFixture<BuiltBackOfficeHost>
{
    [SkippableFact]
    public async Task The_page_at_umbraco_has_the_base_href_the_app_its_stylesheet_and_the_back_office_policy()
    {
        BuiltClient.SkipUnlessBuilt();
        using var response = await host.Client().GetAsync("/umbraco");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<base href=\"/umbraco/\">", page);
        Assert.Contains("<umb-app lang=\"en\" backoffice-path=\"/umbraco\"></umb-app>", page);
        Assert.Matches(@"<script type=""module"" src=""/umbraco/backoffice/app-[A-Za-z0-9_-]{8}\.js""></script>", page);
        Assert.Matches(@"<link rel=""stylesheet"" href=""/umbraco/backoffice/assets/app-[A-Za-z0-9_-]{8}\.css"">", page);
        Assert.Equal(BackOfficePageEndpoint.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.True(response.Headers.CacheControl?.NoCache);
    }

    [SkippableTheory]
    [InlineData("/umbraco/")]
    [InlineData("/umbraco/section/content")]
    [InlineData("/umbraco/section/content/workspace/document/edit/a0000000-0000-4000-8000-000000000002/en-us/view/content")]
    [InlineData("/umbraco/oauth_complete?code=x&state=y")]
    [InlineData("/umbraco/logout")]
    public async Task The_clients_own_routes_reload_the_same_page(string url)
    {
        BuiltClient.SkipUnlessBuilt();
        using var response = await host.Client().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<umb-app", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/umbraco/nothing-here")]
    [InlineData("/umbraco/management/api/v1/nothing-here")]
    [InlineData("/umbraco/delivery/api/v2/nothing-here")]
    [InlineData("/umbraco/backoffice/nothing-here.js")]
    public async Task Other_addresses_under_umbraco_are_not_the_back_office_page(string url)
    {
        using var response = await host.Client().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<umb-app", await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Every_script_and_stylesheet_of_the_page_is_served_and_cached_for_a_year_as_immutable()
    {
        BuiltClient.SkipUnlessBuilt();
        var client = host.Client();
        var page = await client.GetStringAsync("/umbraco");
        var assets = Assets().Matches(page).Select(match => match.Groups["url"].Value).ToList();

        // The app's module, its stylesheet, and those of the chunks it imports (UUI's, shared with the login entry).
        Assert.Single(assets, asset => asset.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(assets, asset => asset.EndsWith(".css", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            using var response = await client.GetAsync(asset);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(asset.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript" : "text/css", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(BackOfficeFileEndpoint.ImmutableCaching, string.Join(", ", response.Headers.GetValues("Cache-Control")));
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0);
        }
    }

    [SkippableFact]
    public async Task A_file_asked_again_with_its_etag_is_not_sent_again()
    {
        BuiltClient.SkipUnlessBuilt();
        var client = host.Client();
        var script = Assets().Matches(await client.GetStringAsync("/umbraco")).Select(m => m.Groups["url"].Value).First(url => url.EndsWith(".js", StringComparison.Ordinal));
        using var first = await client.GetAsync(script);

        using var again = new HttpRequestMessage(HttpMethod.Get, script);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [SkippableFact]
    public async Task The_rich_text_stylesheet_the_editor_asks_for_by_its_fixed_address_is_served_and_revalidated()
    {
        BuiltClient.SkipUnlessBuilt();
        using var response = await host.Client().GetAsync("/umbraco/backoffice/css/rte-content.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(BackOfficeFileEndpoint.RevalidatedCaching, string.Join(", ", response.Headers.GetValues("Cache-Control")));
        Assert.Contains(".tiptap", await response.Content.ReadAsStringAsync());
    }

    [SkippableTheory]
    [InlineData("/umbraco/backoffice/.vite/manifest.json")]
    [InlineData("/umbraco/backoffice/..%2F..%2F..%2Fpackage.json")]
    [InlineData("/umbraco/backoffice/assets")]
    public async Task The_build_manifest_folders_and_files_outside_the_build_are_not_served(string url)
    {
        BuiltClient.SkipUnlessBuilt();
        using var response = await host.Client().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("logo")]
    [InlineData("logo-alternative")]
    [InlineData("login-logo")]
    [InlineData("login-logo-alternative")]
    public async Task SelfHelps_logo_is_where_the_client_asks_Umbraco_for_its_own_with_both_names(string name)
    {
        using var response = await host.Client().GetAsync($"/umbraco/management/api/v1/security/back-office/graphics/{name}");
        var svg = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title id=\"title\">SelfHelp 自助互助</title>", svg);
        Assert.Equal(2, Regex.Count(svg, "<circle "));
    }

    [Fact]
    public async Task The_sign_in_background_is_an_image_too_and_other_graphics_are_not_found()
    {
        var client = host.Client();
        using var background = await client.GetAsync("/umbraco/management/api/v1/security/back-office/graphics/login-background");
        using var other = await client.GetAsync("/umbraco/management/api/v1/security/back-office/graphics/favicon");

        Assert.Equal(HttpStatusCode.OK, background.StatusCode);
        Assert.Equal("image/svg+xml", background.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [GeneratedRegex(@"(?:src|href)=""(?<url>/umbraco/backoffice/[^""]+)""")]
    private static partial Regex Assets();
}
