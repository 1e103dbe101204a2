using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml.Linq;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Workflows;
using Umbraco.Cms.Core.Strings;
using Umbraco.Extensions;

namespace SelfHelp.Core.Sync.Handlers;

/// <summary>
/// Form definitions: <c>Forms/volunteersignup.config</c>, in uSync.Forms' format: a <c>&lt;forms-form&gt;</c> with the
/// form's settings and workflows under <c>&lt;Info&gt;</c> and its pages as Umbraco Forms' JSON in <c>&lt;Pages&gt;</c>.
/// </summary>
internal sealed class FormSyncHandler(
    IFormService forms, IEnumerable<IFormWorkflowType> workflowTypes, IShortStringHelper shortStrings, USyncFiles files, SyncStateLoader stateLoader)
    : SyncHandlerBase<FormDefinition>(files, stateLoader)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public override string ItemType => "forms-form";
    public override string Folder => "Forms";
    public override int Priority => SyncPriority.Forms;
    public override string Group => USyncGroups.Forms;

    protected override FormDefinition Deserialize(XElement node)
    {
        var info = node.Required("Info");
        var message = info.Element("MessageOnSubmit");
        return new FormDefinition
        {
            Key = node.KeyAttribute(),
            Name = info.OptionalText("Name") ?? node.AliasAttribute(),
            FieldIndicationType = info.Enum("FieldIndicationType", FieldIndication.MarkMandatoryFields),
            Indicator = info.OptionalText("Indicator") ?? "*",
            ShowValidationSummary = info.Bool("ShowValidationSummary"),
            HideFieldValidation = info.Bool("HideFieldValidation"),
            RequiredErrorMessage = info.OptionalText("RequireErrorMessage") ?? "",
            InvalidErrorMessage = info.OptionalText("InvalidErrorMessage") ?? "",
            MessageOnSubmit = message?.Value ?? "",
            MessageOnSubmitIsHtml = bool.TryParse(message?.Attribute("IsHtml")?.Value, out var isHtml) && isHtml,
            GoToPageOnSubmit = info.OptionalText("GoToPageOnSubmit") is null ? Guid.Empty : info.GuidElement("GoToPageOnSubmit"),
            ManualApproval = info.Bool("ManualApproval"),
            StoreRecordsLocally = info.Bool("StoreRecordsLocally", fallback: true),
            CssClass = info.OptionalText("CssClass") ?? "",
            DisableDefaultStylesheet = info.Bool("DisabledDefaultStylesheet"),
            AutocompleteAttribute = info.OptionalText("AutocompleteAttribute") ?? "",
            SubmitLabel = info.OptionalText("SubmitLabel") ?? "",
            NextLabel = info.OptionalText("NextLabel") ?? "",
            PrevLabel = info.OptionalText("PreVLabel") ?? "",
            Workflows = info.Element("Workflows")?.Elements("Workflow").Select(ReadWorkflow).ToList() ?? [],
            Pages = ReadJson<List<FormPage>>(node.OptionalText("Pages") ?? "[]", "Pages"),
        };
    }

    public override XElement Serialize(FormDefinition item, SyncState state) =>
        new("forms-form",
            new XAttribute("Key", item.Key),
            new XAttribute("Alias", item.Name),
            new XElement("Info",
                new XElement("Name", item.Name),
                new XElement("FieldIndicationType", item.FieldIndicationType),
                new XElement("Indicator", item.Indicator),
                new XElement("ShowValidationSummary", item.ShowValidationSummary),
                new XElement("HideFieldValidation", item.HideFieldValidation),
                new XElement("RequireErrorMessage", item.RequiredErrorMessage),
                new XElement("InvalidErrorMessage", item.InvalidErrorMessage),
                new XElement("MessageOnSubmit", new XAttribute("IsHtml", item.MessageOnSubmitIsHtml), item.MessageOnSubmit),
                new XElement("GoToPageOnSubmit", item.GoToPageOnSubmit),
                new XElement("XPathOnSubmit", ""),
                new XElement("ManualApproval", item.ManualApproval),
                new XElement("StoreRecordsLocally", item.StoreRecordsLocally),
                new XElement("CssClass", item.CssClass),
                new XElement("DisabledDefaultStylesheet", item.DisableDefaultStylesheet),
                new XElement("AutocompleteAttribute", item.AutocompleteAttribute),
                new XElement("Workflows", item.Workflows.OrderBy(w => w.SortOrder).Select(WriteWorkflow)),
                new XElement("DataSource"),
                new XElement("Folder", ""),
                new XElement("SubmitLabel", item.SubmitLabel),
                new XElement("NextLabel", item.NextLabel),
                new XElement("PreVLabel", item.PrevLabel)),
            new XElement("Pages", new XCData(JsonSerializer.Serialize(item.Pages, Json))));

    protected override IEnumerable<string> Prepare(FormDefinition item, XElement node, SyncState planned) =>
        FormDefinitionChecker.Check(
            item,
            [.. FormWorkflowTypeIds.BuiltIn, .. workflowTypes.Select(t => t.Id)],
            planned.DictionaryItems.Values,
            planned.Languages.Values.Where(l => l.IsDefault || l.IsMandatory).Select(l => l.IsoCode).ToList());

    protected override Guid KeyOf(FormDefinition item) => item.Key;
    protected override string AliasOf(FormDefinition item) => item.Name;
    protected override string FileNameOf(FormDefinition item) => item.Name.ToSafeFileName(shortStrings);
    protected override Dictionary<Guid, FormDefinition> ItemsIn(SyncState state) => state.Forms;

    protected override Task SaveAsync(FormDefinition item, CancellationToken cancellationToken) => forms.SaveAsync(item, cancellationToken);

    protected override Task DeleteAsync(FormDefinition item, CancellationToken cancellationToken) => forms.DeleteAsync(item.Key, cancellationToken);

    private static FormWorkflow ReadWorkflow(XElement node, int index) => new()
    {
        Id = node.GuidElement("Id"),
        Name = node.RequiredText("Name"),
        Active = node.Bool("Active", fallback: true),
        IncludeSensitiveData = string.Equals(node.OptionalText("IncludeSensitiveData"), "True", StringComparison.OrdinalIgnoreCase),
        WorkflowTypeId = node.GuidElement("WorkflowTypeId"),
        ExecutesOn = node.Enum("ExecutesOn", WorkflowStage.Submitted),
        SortOrder = node.Int("SortOrder", index + 1),
        Settings = ReadJson<Dictionary<string, string>>(node.OptionalText("Settings") ?? "{}", "Settings"),
    };

    private static XElement WriteWorkflow(FormWorkflow workflow) =>
        new("Workflow",
            new XElement("Id", workflow.Id),
            new XElement("Name", workflow.Name),
            new XElement("Active", workflow.Active),
            new XElement("IncludeSensitiveData", workflow.IncludeSensitiveData ? "True" : "False"),
            new XElement("WorkflowTypeId", workflow.WorkflowTypeId),
            new XElement("ExecutesOn", workflow.ExecutesOn),
            new XElement("SortOrder", workflow.SortOrder),
            new XElement("Settings", new XCData(JsonSerializer.Serialize(workflow.Settings, Json))));

    private static T ReadJson<T>(string json, string element)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Json) ?? throw new USyncFormatException($"<{element}> is empty JSON.");
        }
        catch (JsonException e)
        {
            throw new USyncFormatException($"<{element}> is not valid JSON for Umbraco Forms: {e.Message}");
        }
    }
}
