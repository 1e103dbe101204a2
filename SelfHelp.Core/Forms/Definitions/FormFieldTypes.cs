namespace SelfHelp.Core.Forms.Definitions;

/// <summary>
/// A field type of Umbraco Forms, by its id: what the delivery API reports about it and what a value of it may be.
/// </summary>
/// <param name="RenderInputType">Umbraco's hint for rendering: Single (one input), Multiple (a list of inputs) or Custom.</param>
/// <param name="StoresValue">False for the read-only types (title and description, rich text), which only show text.</param>
/// <param name="MaxLength">The longest value a visitor may send, unless the field's MaximumLength setting is shorter.</param>
public sealed record FormFieldType(
    Guid Id, string Alias, string Name, string RenderInputType, bool SupportsPreValues, bool SupportsUploadTypes,
    bool StoresValue, bool SupportsMandatory, bool SupportsRegex, int MaxLength, bool AllowsMultipleValues);

/// <summary>The field types Umbraco Forms ships, with its ids (the ids stored in definitions and sent by the API).</summary>
public static class FormFieldTypes
{
    public static readonly FormFieldType ShortAnswer = new(new("3f92e01b-29e2-4a30-bf33-9df5580ed52c"), "shortAnswer", "Short answer", "Single", false, false, true, true, true, 250, false);
    public static readonly FormFieldType LongAnswer = new(new("023f09ac-1445-4bcb-b8fa-ab49f33bd046"), "longAnswer", "Long answer", "Single", false, false, true, true, true, 20000, false);
    public static readonly FormFieldType Date = new(new("f8b4c3b8-af28-11de-9dd8-ef5956d89593"), "date", "Date", "Single", false, false, true, true, true, 10, false);
    public static readonly FormFieldType Checkbox = new(new("d5c0c390-ae9a-11de-a69e-666455d89593"), "checkbox", "Checkbox", "Single", false, false, true, true, false, 10, false);
    public static readonly FormFieldType MultipleChoice = new(new("fab43f20-a6bf-11de-a28f-9b5755d89593"), "multipleChoice", "Multiple choice", "Multiple", true, false, true, true, false, 200, true);
    public static readonly FormFieldType SingleChoice = new(new("903df9b0-a78c-11de-9fc1-db7a56d89593"), "singleChoice", "Single choice", "Multiple", true, false, true, true, false, 200, false);
    public static readonly FormFieldType Dropdown = new(new("0dd29d42-a6a5-11de-a2f2-222256d89593"), "dropdown", "Dropdown", "Single", true, false, true, true, false, 200, false);
    public static readonly FormFieldType FileUpload = new(new("84a17cf8-b711-46a6-9840-0e4a072ad000"), "fileUpload", "File upload", "Multiple", false, true, true, true, false, 255, true);
    public static readonly FormFieldType Password = new(new("fb37bc60-d41e-11de-aeae-37c155d89593"), "password", "Password", "Single", false, false, true, true, true, 250, false);
    public static readonly FormFieldType Hidden = new(new("da206cae-1c52-434e-b21a-4a7c198af877"), "hidden", "Hidden", "Custom", false, false, true, false, true, 250, false);
    public static readonly FormFieldType DataConsent = new(new("a72c9df9-3847-47cf-afb8-b86773fd12cd"), "dataConsent", "Data Consent", "Single", false, false, true, true, false, 10, false);
    public static readonly FormFieldType TitleAndDescription = new(new("e3fbf6c4-f46c-495e-aff8-4b3c227b4a98"), "titleAndDescription", "Title and description", "Custom", false, false, false, false, false, 0, false);
    public static readonly FormFieldType RichText = new(new("1f8d45f8-76e6-4550-a0f5-9637b8454619"), "richText", "Rich text", "Custom", false, false, false, false, false, 0, false);

    public static IReadOnlyList<FormFieldType> All { get; } =
        [ShortAnswer, LongAnswer, Date, Checkbox, MultipleChoice, SingleChoice, Dropdown, FileUpload, Password, Hidden, DataConsent, TitleAndDescription, RichText];

    private static readonly Dictionary<Guid, FormFieldType> ById = All.ToDictionary(t => t.Id);

    public static FormFieldType? Find(Guid id) => ById.GetValueOrDefault(id);

    /// <summary>The values a checkbox or consent field sends when ticked ("on" from a browser, "true" from an API client).</summary>
    public static bool IsTicked(string? value) =>
        string.Equals(value, "on", StringComparison.OrdinalIgnoreCase) || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}
