using System.Net;
using CsCheck;
using SelfHelp.Web.Tests.Forms;
using Xunit.Abstractions;
using static SelfHelp.Web.Tests.BadInput.AnswerChecks;

namespace SelfHelp.Web.Tests.BadInput;

/// <summary>
/// Throws hostile input at every public endpoint and form: each test tries the fixed list, then a bounded number of
/// generated cases, and reports how many inputs it tried. Nothing may answer 5xx, leak a stack trace, or store an entry
/// from a request it refused.
/// </summary>
public sealed class BadInputTests(BadInputHost host, ITestOutputHelper output) : IClassFixture<BadInputHost>
{
    private const int Generated = 60;
    private const string Delivery = "/umbraco/delivery/api/v2";
    private const string FormsApi = "/umbraco/forms/delivery/api/v1";
    private int _tried;

    [Fact]
    public Task Delivery_api_queries_and_items_answer_every_value_with_a_result_or_a_problem() =>
        EveryValueAsync(async value =>
        {
            foreach (var api in new[] { "content", "media" })
            {
                foreach (var parameter in new[] { "fetch", "filter", "sort", "skip", "take", "expand", "fields" })
                {
                    await GetAsync($"{Delivery}/{api}?{parameter}={value}", api: true);
                }
                await GetAsync($"{Delivery}/{api}/item/{InPath(value)}", api: true);
                await GetAsync($"{Delivery}/{api}/items?id={value}&id={value}", api: true);
            }
        });

    [Fact]
    public Task Delivery_api_headers_answer_every_value_with_a_result_or_a_problem() =>
        EveryHeaderAsync(async value =>
        {
            foreach (var header in new[] { "Accept-Language", "Start-Item", "Api-Key", "Preview", "Accept-Segment", "If-None-Match" })
            {
                foreach (var path in new[] { $"{Delivery}/content?take=1", $"{Delivery}/content/item/", $"{Delivery}/media" })
                {
                    await SendAsync(new HttpRequestMessage(HttpMethod.Get, path).WithHeader(header, value), api: true);
                }
                await SendAsync(new HttpRequestMessage(HttpMethod.Get, $"{Delivery}/content/item/").WithHeader("Preview", "true").WithHeader(header, value), api: true);
            }
        });

    [Fact]
    public Task The_search_api_answers_every_value_with_results_or_a_problem() =>
        EveryValueAsync(async value =>
        {
            foreach (var parameter in new[] { "q", "culture", "type", "topic", "district", "page", "pageSize" })
            {
                await GetAsync($"/api/search?{parameter}={value}", api: true);
            }
            await GetAsync($"/api/search/suggest?q={value}&culture={value}", api: true);
            await SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/search?q=group").WithHeader("Accept-Language", Uri.UnescapeDataString(value.Replace("%", "%25"))), api: true);
        });

    [Fact]
    public Task The_site_and_the_search_page_answer_every_value_with_a_bilingual_page() =>
        EveryValueAsync(async value =>
        {
            await GetAsync($"/{InPath(value)}/", api: false);
            await GetAsync($"/zh-hk/{InPath(value)}/", api: false);
            await GetAsync($"/search/?q={value}&page={value}&type={value}", api: false);
            await GetAsync($"/zh-hk/search/?q={value}&pageSize={value}", api: false);
        });

    [Fact]
    public async Task Forms_definitions_answer_every_id_and_culture_with_a_definition_or_a_problem()
    {
        var key = await host.FormKeyAsync("contactGroup");
        await EveryValueAsync(async value =>
        {
            await GetAsync($"{FormsApi}/definitions/{InPath(value)}", api: true);
            await GetAsync($"{FormsApi}/definitions/{key}?culture={value}", api: true);
        });
    }

    [Fact]
    public async Task Forms_entries_refuse_every_malformed_body_with_a_problem_and_store_nothing()
    {
        var key = await host.FormKeyAsync("contactGroup");
        var client = host.Client();
        client.DefaultRequestHeaders.Add("Api-Key", FormsHost.ApiKey);
        await EveryBodyAsync(async body =>
        {
            foreach (var content in new HttpContent[]
            {
                JsonContent(body), JsonContent(body, "text/plain"), JsonContent(body, "application/json; charset=utf-16"),
                new MultipartFormDataContent { { new StringContent(body), "values" } },
            })
            {
                await RejectedStoresNothingAsync(() => client.PostAsync($"{FormsApi}/entries/{key}", content), api: true);
            }
            await RejectedStoresNothingAsync(() => client.PostAsync($"{FormsApi}/entries/{InPath(Hostile.Encode(body[..Math.Min(body.Length, 60)]))}", JsonContent(body)), api: true);
        });
    }

    [Fact]
    public async Task Page_forms_refuse_every_malformed_post_with_a_bilingual_page_and_store_nothing()
    {
        var client = host.Client();
        var page = "/groups/kwun-tong-carers/";
        await EveryBodyAsync(async value =>
        {
            // With the page's own antiforgery token, so the values themselves are what is judged.
            await RejectedStoresNothingAsync(() => FormsHost.PostFormAsync(client, page,
                [new("name", value), new("email", value), new("message", value), new("dataConsent", value)]), api: false);
            await RejectedStoresNothingAsync(() => FormsHost.PostFormAsync(client, page, [new("name", value)], formKey: value[..Math.Min(value.Length, 100)]), api: false);
            await RejectedStoresNothingAsync(() => client.PostAsync(page, new FormUrlEncodedContent([new("__selfhelpForm", value), new("name", value)])), api: false);
            await RejectedStoresNothingAsync(() => client.PostAsync(page, JsonContent(value)), api: false);
        });
    }

    [Fact]
    public Task Staff_login_refuses_every_malformed_body_with_a_problem() =>
        EveryBodyAsync(async body =>
        {
            foreach (var content in new HttpContent[] { JsonContent(body), JsonContent(body, "text/plain"), new FormUrlEncodedContent([new("email", body)]) })
            {
                await SendAsync(new HttpRequestMessage(HttpMethod.Post, "/umbraco/staff/api/v1/login") { Content = content }, api: true);
            }
        });

    private async Task EveryValueAsync(Func<string, Task> probe)
    {
        foreach (var value in Hostile.Fixed.Select(Hostile.Encode).Concat(Hostile.RawEncoded))
        {
            await probe(value);
        }
        await Hostile.UrlValue.SampleAsync(probe, iter: Generated, threads: 1);
        Report();
    }

    private async Task EveryHeaderAsync(Func<string, Task> probe)
    {
        foreach (var value in Hostile.Fixed)
        {
            await probe(new string(value.Where(c => c >= ' ' && c != '\u007f').ToArray()));
        }
        await Hostile.HeaderValue.SampleAsync(probe, iter: Generated, threads: 1);
        Report();
    }

    private async Task EveryBodyAsync(Func<string, Task> probe)
    {
        foreach (var value in Hostile.Fixed)
        {
            await probe(value);
        }
        await Hostile.JsonBody.SampleAsync(probe, iter: Generated, threads: 1);
        Report();
    }

    private async Task RejectedStoresNothingAsync(Func<Task<HttpResponseMessage>> send, bool api)
    {
        var before = await host.EntryCountAsync();
        var response = await send();
        _tried++;
        await AssertClearAsync(response, api);
        if (response.StatusCode is not (HttpStatusCode.Accepted or HttpStatusCode.Redirect or HttpStatusCode.SeeOther))
        {
            Assert.Equal(before, await host.EntryCountAsync());
        }
    }

    private Task GetAsync(string url, bool api) => SendAsync(new HttpRequestMessage(HttpMethod.Get, url), api);

    private async Task SendAsync(HttpRequestMessage request, bool api)
    {
        _tried++;
        using var response = await host.Client().SendAsync(request);
        await AssertClearAsync(response, api);
    }

    private void Report() => output.WriteLine($"{_tried} requests tried");
}
