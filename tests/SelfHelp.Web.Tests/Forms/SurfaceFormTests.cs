using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Forms.Records;

namespace SelfHelp.Web.Tests.Forms;

public sealed class SurfaceFormTests(FormsHost host) : IClassFixture<FormsHost>
{
    [Fact]
    public async Task A_workshop_page_shows_its_registration_form_with_labels_legends_and_an_antiforgery_token()
    {
        var html = await host.Client().GetStringAsync("/workshops/running-a-first-meeting/");

        Assert.Contains("<h2 id=\"form-workshopRegistration-title\">Register for this workshop</h2>", html);
        Assert.Contains("name=\"__RequestVerificationToken\"", html);
        Assert.Contains("<label for=\"workshopRegistration-name\">Your name <span class=\"field-mark\">(required)</span></label>", html);
        Assert.Contains("<legend>Your personal data <span class=\"field-mark\">(required)</span></legend>", html);
        Assert.Contains("Personal Data (Privacy) Ordinance", html);
        Assert.Contains("aria-describedby=\"workshopRegistration-accessNeeds-help\"", html);
    }

    [Fact]
    public async Task The_chinese_page_shows_the_form_in_chinese()
    {
        var html = await host.Client().GetStringAsync("/zh-hk/工作坊/主持第一次聚會/");

        Assert.Contains("報名參加工作坊", html);
        Assert.Contains("你的姓名", html);
        Assert.Contains("《個人資料（私隱）條例》", html);
        Assert.Contains("lang=\"zh-Hant-HK\"", html);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var content = new FormUrlEncodedContent(Answers.Registration());

        var response = await host.Client().PostAsync("/workshops/running-a-first-meeting/", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_invalid_post_shows_the_page_again_with_answers_kept_errors_by_the_fields_and_a_summary_that_takes_focus()
    {
        var answers = Answers.Registration("not-an-address");
        answers.RemoveAll(a => a.Key == "dataConsent");

        var response = await FormsHost.PostFormAsync(host.Client(), "/workshops/running-a-first-meeting/", answers);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" autofocus", html);
        Assert.Contains("<a href=\"#workshopRegistration-email\">Please enter an email address for Email address, like name@example.com</a>", html);
        Assert.Contains("<p class=\"field-error\" id=\"workshopRegistration-email-error\">", html);
        Assert.Contains("aria-describedby=\"workshopRegistration-email-error\" aria-invalid=\"true\"", html);
        Assert.Contains("value=\"not-an-address\"", html);
        Assert.Contains("value=\"Ho Wing\"", html);
        Assert.Contains("<a href=\"#workshopRegistration-dataConsent-0\">", html);
    }

    [Fact]
    public async Task A_valid_post_is_stored_redirects_to_a_thank_you_and_registers_the_visitor()
    {
        var client = host.Client();

        var response = await FormsHost.PostFormAsync(client, "/workshops/running-a-first-meeting/", Answers.Registration("first@example.com"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/workshops/running-a-first-meeting/#form-workshopRegistration", response.Headers.Location!.OriginalString);
        var thanks = await client.GetStringAsync("/workshops/running-a-first-meeting/");
        Assert.Contains("<div class=\"form-submitted\" role=\"status\"", thanks);
        Assert.Contains("Thank you for registering.", thanks);
        var email = await host.Smtp.WaitForAsync(m => m.To.ToString() == "first@example.com");
        Assert.Contains("Running a first meeting", email.Subject);
        var records = host.Services.GetRequiredService<IPrivateRecordService>();
        Assert.Contains((await records.GetRegistrationsAsync(host.Workshop.Key)).Items, r => r.Email == "first@example.com");
        Assert.DoesNotContain("Wheelchair space", email.TextBody);
    }

    [Fact]
    public async Task A_filled_honeypot_is_thanked_like_anyone_else_and_nothing_is_kept()
    {
        var spam = Answers.Contact();
        spam[1] = new("email", "honeypot.sender@example.com");
        spam.Add(new("homepage", "http://spam.example"));
        var genuine = Answers.Contact();
        genuine[1] = new("email", "genuine.visitor@example.com");

        var response = await FormsHost.PostFormAsync(host.Client(), "/groups/kwun-tong-carers/", spam);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await FormsHost.PostFormAsync(host.Client(), "/groups/kwun-tong-carers/", genuine)).StatusCode);

        // The runner takes jobs in the order they were queued: once the later, genuine message is relayed, a relay of
        // the honeypot post would have happened before it.
        await host.Smtp.WaitForAsync(m => m.ReplyTo.ToString().Contains("genuine.visitor@example.com"));
        var records = host.Services.GetRequiredService<IPrivateRecordService>();
        Assert.DoesNotContain((await records.GetRelayedMessagesAsync()).Items, m => m.SenderEmail == "honeypot.sender@example.com");
        Assert.DoesNotContain(host.Smtp.Messages, m => m.ReplyTo.ToString().Contains("honeypot.sender@example.com"));
    }

    [Fact]
    public async Task The_group_page_never_shows_the_groups_address_and_its_contact_form_relays_to_it()
    {
        var client = host.Client();
        var html = await client.GetStringAsync("/groups/kwun-tong-carers/");

        Assert.Contains("Contact this group", html);
        Assert.DoesNotContain(FormsHost.GroupAddress, html);
        var answers = Answers.Contact();
        answers[1] = new("email", "relay-test@example.com");
        var response = await FormsHost.PostFormAsync(client, "/groups/kwun-tong-carers/", answers);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.DoesNotContain(FormsHost.GroupAddress, await client.GetStringAsync("/groups/kwun-tong-carers/"));
        var relayed = await host.Smtp.WaitForAsync(m => m.ReplyTo.ToString().Contains("relay-test@example.com"));
        Assert.Equal(FormsHost.GroupAddress, relayed.To.ToString());
    }

    [Fact]
    public async Task The_volunteer_hub_shows_both_the_sign_up_and_the_support_request_forms()
    {
        var html = await host.Client().GetStringAsync("/volunteer/");

        Assert.Contains("id=\"form-volunteerSignUp\"", html);
        Assert.Contains("id=\"form-requestSupport\"", html);
        Assert.Contains("data-condition=", html);
    }
}
