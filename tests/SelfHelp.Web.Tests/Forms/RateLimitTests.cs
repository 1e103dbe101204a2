using System.Net;

namespace SelfHelp.Web.Tests.Forms;

/// <summary>A host that lets one client post three times a minute.</summary>
public sealed class StrictFormsHost : FormsHost
{
    protected override int PermitLimit => 3;
}

public sealed class RateLimitTests(StrictFormsHost host) : IClassFixture<StrictFormsHost>
{
    [Fact]
    public async Task A_client_that_posts_too_often_is_told_to_wait_in_both_languages()
    {
        // Each post from a fresh browser session, all from the same client address.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await FormsHost.PostFormAsync(host.Client(), "/groups/kwun-tong-carers/", Answers.Contact())).StatusCode);
        }

        Assert.Equal([HttpStatusCode.SeeOther, HttpStatusCode.SeeOther, HttpStatusCode.SeeOther, HttpStatusCode.TooManyRequests], statuses);
        var refused = await FormsHost.PostFormAsync(host.Client(), "/groups/kwun-tong-carers/", Answers.Contact());
        Assert.Equal("60", refused.Headers.RetryAfter!.ToString());
        var text = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Please wait a minute", text);
        Assert.Contains("請等一分鐘後再試", text);
    }
}
