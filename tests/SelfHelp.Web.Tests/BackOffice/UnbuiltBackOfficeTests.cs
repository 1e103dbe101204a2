using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Web.BackOffice;

namespace SelfHelp.Web.Tests.BackOffice;

/// <summary>A site built without Node.js and npm: it runs, and /umbraco says in both languages how to build the back office.</summary>
public sealed class UnbuiltBackOfficeTests(UnbuiltBackOfficeHost host) : IClassFixture<UnbuiltBackOfficeHost>
{
    [Theory]
    [InlineData("/umbraco")]
    [InlineData("/umbraco/section/content")]
    public async Task The_back_office_page_says_in_English_and_Chinese_that_the_client_is_not_built_and_how_to_build_it(string url)
    {
        using var response = await host.Client().GetAsync(url);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("The back office is not built", page);
        Assert.Contains("後台尚未建置", page);
        Assert.Contains("Node.js</a> 20 or newer with npm", page);
        Assert.Contains("Node.js</a> 20 或以上版本和 npm", page);
        Assert.Contains("dotnet run --project SelfHelp.Web", page);
        Assert.DoesNotContain("<umb-app", page);
    }

    [Fact]
    public void The_assets_say_the_client_is_not_built_and_have_no_entries()
    {
        var assets = host.Services.GetRequiredService<IBackOfficeAssets>();

        Assert.False(assets.IsBuilt);
        Assert.Null(assets.Entry("app"));
        Assert.Null(assets.Entry("login"));
    }
}
