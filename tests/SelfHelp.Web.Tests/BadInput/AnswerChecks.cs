using System.Net.Http.Headers;
using SelfHelp.Web.Site;

namespace SelfHelp.Web.Tests.BadInput;

/// <summary>What every answer to bad input must be: never a 5xx or a stack trace; a 4xx is a ProblemDetails from an API and a bilingual page from the site.</summary>
internal static class AnswerChecks
{
    private static readonly string[] Languages = SiteText.Cultures.Select(c => $"lang=\"{SiteText.For(c).HtmlLang}\"").ToArray();

    public static async Task AssertClearAsync(HttpResponseMessage response, bool api)
    {
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        var request = $"{response.RequestMessage!.Method} {Shorten(response.RequestMessage.RequestUri!.PathAndQuery)}";
        Assert.True(status < 500, $"{status} for {request}: {Shorten(body)}");
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("Exception", body);
        if (status < 400 || response.StatusCode == System.Net.HttpStatusCode.NotModified)
        {
            return;
        }
        var type = response.Content.Headers.ContentType?.MediaType;
        if (api && response.StatusCode == System.Net.HttpStatusCode.Unauthorized && response.RequestMessage.RequestUri.AbsolutePath.StartsWith("/umbraco/delivery/", StringComparison.Ordinal))
        {
            Assert.Equal("", body); // Umbraco's Delivery API answers 401 with an empty body, and so do we
            return;
        }
        if (api)
        {
            Assert.True(type == "application/problem+json", $"{status} for {request} is {type}, not a ProblemDetails: {Shorten(body)}");
        }
        else
        {
            Assert.True(type == "text/html", $"{status} for {request} is {type}, not a page: {Shorten(body)}");
            Assert.All(Languages, lang => Assert.Contains(lang, body));
        }
    }

    public static HttpRequestMessage WithHeader(this HttpRequestMessage request, string name, string? value)
    {
        if (value is not null)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        return request;
    }

    public static StringContent JsonContent(string body, string mediaType = "application/json")
    {
        var content = new StringContent(body, System.Text.Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }

    /// <summary>
    /// A value for a path segment. A NUL in a path is refused by Kestrel (and the test server) before the app sees it,
    /// and an empty segment would make the path start with "//", which the client reads as a host name.
    /// </summary>
    public static string InPath(string value) => value.Replace("%00", "", StringComparison.Ordinal) is { Length: > 0 } kept ? kept : "-";

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
