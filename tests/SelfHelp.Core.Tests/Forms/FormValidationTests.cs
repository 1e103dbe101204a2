using System.Text;
using SelfHelp.Core.Forms.Entries;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Forms.Validation;

namespace SelfHelp.Core.Tests.Forms;

public sealed class FormValidationTests : IAsyncLifetime
{
    private FormsEngine _forms = null!;

    public async Task InitializeAsync() => _forms = await FormsEngine.StartAsync();

    public async Task DisposeAsync() => await _forms.DisposeAsync();

    public static TheoryData<string, string, string?, string, string> Rules => new()
    {
        { "en-US", "name", null, "name", "Please provide a value for Your name" },
        { "zh-HK", "name", null, "name", "請填寫「你的姓名」" },
        { "en-US", "email", "not-an-address", "email", "Please enter an email address for Email address, like name@example.com" },
        { "zh-HK", "email", "not-an-address", "email", "請為「電郵地址」填寫電郵地址，例如 name@example.com" },
        { "en-US", "phone", "call me", "phone", "Please enter a phone number for Phone number, like 2345 6789" },
        { "zh-HK", "phone", "call me", "phone", "請為「電話號碼」填寫電話號碼，例如 2345 6789" },
        { "en-US", "name", new string('x', 101), "name", "Your name must be 100 characters or fewer" },
        { "zh-HK", "name", new string('x', 101), "name", "「你的姓名」不可多於 100 個字" },
        { "en-US", "districts", "atlantis", "districts", "Please choose one of the options for Districts where you can help" },
        { "zh-HK", "districts", "atlantis", "districts", "請為「可服務地區」選擇其中一個選項" },
        { "en-US", "dataConsent", null, "dataConsent", "Please tick the box to agree, so that we may use your answers for the purpose stated" },
        { "zh-HK", "dataConsent", null, "dataConsent", "請剔選方格表示同意，我們才可按所述目的使用你的資料" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task Each_rule_refuses_a_bad_answer_with_its_message_in_the_visitors_language(string culture, string alias, string? value, string errorAlias, string message)
    {
        var values = FormValues.Volunteer();
        if (value is null)
        {
            values.Remove(alias);
        }
        else
        {
            values[alias] = [value];
        }

        var result = await _forms.SubmitAsync("volunteerSignUp", values, culture);

        Assert.Equal(FormSubmitStatus.Invalid, result.Status);
        Assert.Equal([message], result.Errors[errorAlias]);
        Assert.Single(result.Errors);
        Assert.Equal(0, await _forms.EntryCountAsync());
    }

    [Fact]
    public async Task A_field_hidden_by_its_condition_is_neither_required_nor_stored()
    {
        var values = FormValues.Volunteer();
        values["skills"] = ["listening"];

        var withoutOther = await _forms.SubmitValidAsync("volunteerSignUp", values);

        Assert.False(withoutOther.Values.ContainsKey("otherSkill"));
        values["skills"] = ["listening", "other"];
        values.Remove("otherSkill");
        var missing = await _forms.SubmitAsync("volunteerSignUp", values);
        Assert.Equal(["Please provide a value for What else you can do"], missing.Errors["otherSkill"]);
    }

    [Fact]
    public async Task A_hide_condition_drops_the_venue_of_a_group_that_meets_online()
    {
        var values = FormValues.Group();
        values["meetingFormat"] = ["online"];

        var entry = await _forms.SubmitValidAsync("listYourGroup", values);

        Assert.False(entry.Values.ContainsKey("venue"));
        Assert.Equal(["inPerson"], (await _forms.SubmitValidAsync("listYourGroup", FormValues.Group())).Values["meetingFormat"]);
    }

    [Fact]
    public async Task A_tripped_honeypot_thanks_the_robot_and_keeps_nothing()
    {
        var result = await _forms.SubmitAsync("volunteerSignUp", FormValues.Volunteer(), honeypot: true);

        Assert.Equal(FormSubmitStatus.Accepted, result.Status);
        Assert.Null(result.EntryId);
        Assert.Equal("Thank you for signing up. A volunteer coordinator will contact you soon.", result.MessageOnSubmit);
        Assert.Equal(0, await _forms.EntryCountAsync());
    }

    [Fact]
    public async Task A_renamed_program_is_refused_as_an_upload()
    {
        var program = new UploadedFile("photo.jpg", [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);

        var result = await _forms.SubmitAsync("shareYourStory", FormValues.Story(), files: new Dictionary<string, UploadedFile[]> { ["photo"] = [program] });

        Assert.Equal(["A photo or document (PDF, JPEG or PNG, up to 5 MB): the file photo.jpg is not a type this form accepts (pdf, jpg, jpeg, png)"], result.Errors["photo"]);
    }

    [Fact]
    public async Task A_file_whose_content_does_not_match_its_name_is_refused()
    {
        var pdf = new UploadedFile("photo.png", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n"));

        var result = await _forms.SubmitAsync("shareYourStory", FormValues.Story(), "zh-HK", files: new Dictionary<string, UploadedFile[]> { ["photo"] = [pdf] });

        Assert.Contains("不是本表格接受的類型", Assert.Single(result.Errors["photo"]));
    }

    [Fact]
    public async Task An_allowed_upload_is_kept_in_the_private_store_and_read_back_for_staff()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
        var entry = await _forms.SubmitValidAsync("shareYourStory", FormValues.Story(), files: new Dictionary<string, UploadedFile[]> { ["photo"] = [new("../../group photo.png", png)] });

        var file = Assert.Single(entry.Files);
        Assert.Equal("group photo.png", file.FileName);
        Assert.Equal("image/png", file.ContentType);
        var (_, content) = (await _forms.Entries.OpenFileAsync(entry.Id, file.Id))!.Value;
        await using (content)
        {
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            Assert.Equal(png, copy.ToArray());
        }
        var stored = Directory.GetFiles(Path.Combine(_forms.Engine.Folder, "App_Data", "forms-uploads"), "*", SearchOption.AllDirectories);
        Assert.Single(stored);
        Assert.DoesNotContain("group photo", stored[0]);
    }

    [Fact]
    public async Task Visitor_rich_text_keeps_paragraphs_and_loses_scripts()
    {
        var values = FormValues.Story();
        values["story"] = ["<p onclick=\"steal()\">We met <strong>weekly</strong>.</p><script>alert(1)</script><a href=\"javascript:alert(2)\">x</a>"];

        var entry = await _forms.SubmitValidAsync("shareYourStory", values);

        Assert.Equal("<p>We met <strong>weekly</strong>.</p><a>x</a>", entry.Values["story"][0]);
    }

    [Fact]
    public async Task A_custom_validation_hook_refuses_answers_the_built_in_rules_accept()
    {
        await using var forms = await FormsEngine.StartAsync(services: s => s.AddSingleton<IFormValidationHook, NoExampleDomains>());

        var result = await forms.SubmitAsync("volunteerSignUp", FormValues.Volunteer());

        Assert.Equal(["Please use your own email address."], result.Errors["email"]);
    }

    [Fact]
    public async Task The_ip_address_is_not_recorded_unless_the_site_turns_it_on()
    {
        var entry = await _forms.SubmitValidAsync("volunteerSignUp", FormValues.Volunteer());

        Assert.Null(entry.IpAddress);
    }

    private sealed class NoExampleDomains : IFormValidationHook
    {
        public Task<IEnumerable<FormFieldError>> ValidateAsync(FormValidationContext context, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<FormFieldError>>(
                context.Values.TryGetValue("email", out var email) && email[0].EndsWith("@example.com", StringComparison.Ordinal)
                    ? [new FormFieldError("email", "Please use your own email address.")]
                    : []);
    }
}
