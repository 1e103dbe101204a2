using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Localisation;
using SelfHelp.Core.Sync;
using SelfHelp.Core.Tests.Sync;

namespace SelfHelp.Core.Tests.Forms;

public sealed class FormDefinitionImportTests
{
    private static readonly string[] ShippedForms = ["shareYourStory", "listYourGroup", "volunteerSignUp", "workshopRegistration", "contactGroup", "requestSupport"];

    [Fact]
    public async Task The_six_forms_of_the_content_model_are_imported_at_start_up()
    {
        await using var engine = await USyncTestFiles.StartAsync();
        var forms = engine.Services.GetRequiredService<IFormService>();

        var names = (await forms.GetAllAsync()).Select(f => f.Name);

        Assert.Equal(ShippedForms.Order(), names.Order());
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-HK")]
    public async Task Every_text_of_every_shipped_form_is_written_in_both_languages(string culture)
    {
        await using var engine = await USyncTestFiles.StartAsync();
        var dictionary = engine.Services.GetRequiredService<SelfHelp.Core.Dictionary.IDictionaryService>();

        foreach (var form in await engine.Services.GetRequiredService<IFormService>().GetAllAsync())
        {
            foreach (var key in FormDefinitionChecker.DictionaryKeys(form))
            {
                Assert.False(string.IsNullOrWhiteSpace(await dictionary.GetTranslationAsync(key, culture)), $"{form.Name}: '{key}' has no {culture} text.");
            }
        }
    }

    [Fact]
    public async Task Every_shipped_form_asks_for_consent_and_states_its_purpose_under_the_privacy_ordinance()
    {
        await using var engine = await USyncTestFiles.StartAsync();
        var english = await engine.Services.GetRequiredService<IFormTextProvider>().ForCultureAsync("en-US");
        var chinese = await engine.Services.GetRequiredService<IFormTextProvider>().ForCultureAsync("zh-HK");

        foreach (var form in await engine.Services.GetRequiredService<IFormService>().GetAllAsync())
        {
            var consent = Assert.Single(form.AllFields, f => f.FieldTypeId == FormFieldTypes.DataConsent.Id);
            Assert.True(consent.Mandatory, form.Name);
            Assert.Contains("Purpose of collection", english[consent.Tooltip]);
            Assert.Contains("Personal Data (Privacy) Ordinance", english[consent.Tooltip]);
            Assert.Contains("收集目的", chinese[consent.Tooltip]);
            Assert.Contains("《個人資料（私隱）條例》", chinese[consent.Tooltip]);
        }
    }

    [Theory]
    [InlineData("3f92e01b-29e2-4a30-bf33-9df5580ed52c", "00000000-0000-0000-0000-0000000000aa", "field 'name': the field type 00000000-0000-0000-0000-0000000000aa is not one Umbraco Forms ships")]
    [InlineData("#forms.volunteerSignUp.name\"", "#forms.volunteerSignUp.nom\"", "the dictionary item 'forms.volunteerSignUp.nom' does not exist")]
    [InlineData("\"regex\": \"^\\\\+?[0-9 ()-]{8,20}$\"", "\"regex\": \"([0-9\"", "field 'phone': the pattern does not compile")]
    [InlineData("<WorkflowTypeId>5d0f3a52-8e0b-4f7c-9b53-6a1e2c7d4f10<", "<WorkflowTypeId>00000000-0000-0000-0000-0000000000bb<", "workflow 'Create the volunteer record' has the unknown type")]
    public async Task A_broken_form_file_stops_start_up_with_an_error_naming_the_file(string find, string replace, string expected)
    {
        var start = () => USyncTestFiles.StartAsync(root =>
        {
            var path = Path.Combine(root, "Forms/volunteersignup.config");
            var text = File.ReadAllText(path);
            Assert.Contains(find, text);
            File.WriteAllText(path, ReplaceFirst(text, find, replace));
        });
        var failure = await Assert.ThrowsAsync<USyncImportException>(start);

        var problem = Assert.Single(failure.Problems);
        Assert.Equal("Forms/volunteersignup.config", problem.File);
        Assert.Contains(expected, problem.Message);
    }

    [Fact]
    public async Task A_form_changed_through_the_engine_is_written_back_and_imports_again_as_unchanged()
    {
        await using var engine = await USyncTestFiles.StartAsync();
        var forms = engine.Services.GetRequiredService<IFormService>();
        var form = (await forms.GetAsync("contactGroup"))!;
        form.ManualApproval = true;

        await forms.SaveAsync(form);

        var file = USyncTestFiles.ReadXml(engine.Root(), "Forms/contactgroup.config");
        Assert.Equal("true", file.Element("Info")!.Element("ManualApproval")!.Value);
        var changes = await engine.Importer().ImportAsync();
        Assert.All(changes, c => Assert.Equal(USyncChangeType.Unchanged, c.Change));
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replace + text[(at + find.Length)..];
    }
}
