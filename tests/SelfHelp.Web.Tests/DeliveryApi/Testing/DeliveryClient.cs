using System.Text.Json;

namespace SelfHelp.Web.Tests.DeliveryApi.Testing;

/// <summary>GETs Delivery API paths with headers, for tests: <c>await api.GetAsync("/content/item/x", ("Accept-Language", "zh-HK"))</c>.</summary>
public sealed class DeliveryClient(HttpClient client)
{
    public Task<HttpResponseMessage> GetAsync(string path, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, DeliveryHost.Prefix + path);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        return client.SendAsync(request);
    }

    public async Task<JsonElement> JsonAsync(string path, params (string Name, string Value)[] headers) =>
        await DeliveryHost.JsonAsync(await GetAsync(path, headers));

    /// <summary>The keys of a query's items, in order.</summary>
    public async Task<Guid[]> KeysAsync(string path, params (string Name, string Value)[] headers) =>
        (await JsonAsync(path, headers)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToArray();
}
