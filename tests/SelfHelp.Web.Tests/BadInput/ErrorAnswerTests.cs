using System.Net;
using System.Text.Json;
using static SelfHelp.Web.Tests.BadInput.AnswerChecks;

namespace SelfHelp.Web.Tests.BadInput;

public sealed class ErrorAnswerTests(BadInputHost host) : IClassFixture<BadInputHost>
{
    [Theory]
    [InlineData("/umbraco/delivery/api/v2/content?skip=abc", "skip")]
    [InlineData("/umbraco/delivery/api/v2/content?take=2147483648", "take")]
    [InlineData("/umbraco/delivery/api/v2/media?skip=1.5", "skip")]
    public async Task An_unbindable_query_value_is_a_400_problem_naming_the_parameter_without_exception_detail(string url, string parameter)
    {
        var response = await host.Client().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertClearAsync(response, api: true);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains(parameter, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_request_a_page_cannot_take_is_answered_with_a_bilingual_page()
    {
        var response = await host.Client().SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/zh-hk/"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        await AssertClearAsync(response, api: false);
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-Hant-HK\"", html);
    }

    [Theory]
    [InlineData("content")]
    [InlineData("media")]
    public async Task A_delivery_query_taking_more_than_the_maximum_is_a_400_problem(string api)
    {
        var tooMany = await host.Client().GetAsync($"/umbraco/delivery/api/v2/{api}?fetch=children:/&take=2147483647");
        var most = await host.Client().GetAsync($"/umbraco/delivery/api/v2/{api}?fetch=children:/&take=100");

        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        await AssertClearAsync(tooMany, api: true);
        Assert.Contains("100", await tooMany.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, most.StatusCode);
    }
}
