using System.Net;
using System.Text.RegularExpressions;
using SelfHelp.Web.Tests.Testing;

namespace SelfHelp.Web.Tests.Security;

public sealed partial class SecurityHeadersTests(SiteHost host) : IClassFixture<SiteHost>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/zh-hk/")]
    [InlineData("/no-such-page/")]
    [InlineData("/search/?q=groups")]
    [InlineData("/api/search?q=groups")]
    [InlineData("/umbraco/delivery/api/v2/content/item/")]
    [InlineData("/healthz")]
    [InlineData("/css/site.css")]
    [InlineData("/umbraco/forms/management/api/v1/records/volunteers")]
    public async Task Every_answer_forbids_framing_sniffing_inline_code_and_cross_site_referrers(string path)
    {
        var response = await host.Client().GetAsync(path);

        var csp = Single(response, "Content-Security-Policy");
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("style-src 'self'", csp);
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.Equal("same-origin", Single(response, "Referrer-Policy"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/zh-hk/")]
    [InlineData("/no-such-page/")]
    [InlineData("/search/?q=groups")]
    [InlineData("/search/?q=%22unclosed")]
    public async Task Public_pages_carry_no_inline_script_style_or_event_handler(string path)
    {
        var html = await (await host.Client().GetAsync(path)).Content.ReadAsStringAsync();

        Assert.Empty(InlineCode().Matches(html).Select(m => m.Value));
    }

    [Fact]
    public async Task The_api_reference_page_alone_may_run_inline_code_and_is_still_never_framed()
    {
        var response = await host.Client().GetAsync("/umbraco/delivery/api-docs/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = Single(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("connect-src 'self'", csp);
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
    }

    [Fact]
    public async Task Outside_development_plain_http_is_redirected_and_https_answers_carry_hsts()
    {
        // https_port is how a server learns where HTTPS is when its own addresses do not say (ASPNETCORE_HTTPS_PORT).
        await using var production = new SecurityHost { Environment = "Production", Settings = { ["https_port"] = "443" } };
        await production.InitializeAsync();

        var plain = await production.Client().GetAsync("http://selfhelp.example/healthz");
        var secure = await production.HttpsClient().GetAsync("/healthz");

        Assert.True(plain.StatusCode is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect, plain.StatusCode.ToString());
        Assert.Equal("https", plain.Headers.Location?.Scheme);
        Assert.StartsWith("max-age=", Single(secure, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task In_development_http_is_served_without_hsts()
    {
        var response = await host.Client().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static string Single(HttpResponseMessage response, string header) =>
        (response.Headers.TryGetValues(header, out var values) ? values : response.Content.Headers.TryGetValues(header, out var content) ? content : [])
        .Single();

    /// <summary>A script element without src, a style element, a style attribute, an on* handler or a javascript: URL.</summary>
    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>|<style[\s>]|\sstyle\s*=|\son[a-z]+\s*=|javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex InlineCode();
}
