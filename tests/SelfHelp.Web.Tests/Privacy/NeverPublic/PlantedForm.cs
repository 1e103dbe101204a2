using System.Text.RegularExpressions;
using SelfHelp.Core.Forms.Definitions;

namespace SelfHelp.Web.Tests.Privacy.NeverPublic;

/// <summary>One field of a shipped form and the strings planted in it that no public channel may show.</summary>
public sealed record PlantedAnswer(string Form, string Field, IReadOnlyList<string> Needles)
{
    public override string ToString() => $"{Form}.{Field}";
}

/// <summary>
/// Answers to one shipped form as a visitor posts them: a unique marker in every field a visitor types into or names a
/// file in, and the choices that show every conditional field, so none is left unplanted. A field type it does not
/// know fails the suite, so a new kind of field is never silently left unchecked.
/// </summary>
public sealed class PlantedForm
{
    // A PNG by its signature: uploads are recognised by their content, and only the file's name carries a marker.
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    private static int _sequence;

    private PlantedForm(FormDefinition form) => Form = form;

    public FormDefinition Form { get; }
    public List<KeyValuePair<string, string>> Values { get; } = [];
    public List<(string Field, string FileName, byte[] Content)> Files { get; } = [];
    public List<PlantedAnswer> Answers { get; } = [];

    public PlantedAnswer Answer(string field) => Answers.Single(a => a.Field == field);

    public static PlantedForm For(FormDefinition form)
    {
        var planted = new PlantedForm(form);
        foreach (var field in form.AllFields)
        {
            planted.Plant(field);
        }
        return planted;
    }

    private void Plant(FormField field)
    {
        var token = Token(field.Alias);
        if (field.FieldTypeId == FormFieldTypes.ShortAnswer.Id)
        {
            var (value, needles) = field.Setting("FieldType") switch
            {
                "email" => ($"{token}@example.org", new[] { token }),
                "tel" => Phone(),
                "url" => ($"https://{token}.example.org/", new[] { token }),
                _ => (token, new[] { token }),
            };
            Type(field, value, needles);
        }
        else if (field.FieldTypeId == FormFieldTypes.LongAnswer.Id)
        {
            Type(field, field.Setting("AllowRichText") == "true" ? $"<p>{token}</p>" : token, [token]);
        }
        else if (field.FieldTypeId == FormFieldTypes.FileUpload.Id)
        {
            Files.Add((field.Alias, $"{token}.png", Png));
            Answers.Add(new PlantedAnswer(Form.Name, field.Alias, [token]));
        }
        else if (field.FieldTypeId == FormFieldTypes.MultipleChoice.Id)
        {
            var hidden = ConditionValues(field, ConditionActionType.Hide);
            Values.AddRange(field.PreValues.Select(p => p.Value).Where(v => !hidden.Contains(v)).Select(v => new KeyValuePair<string, string>(field.Alias, v)));
        }
        else if (field.FieldTypeId == FormFieldTypes.SingleChoice.Id || field.FieldTypeId == FormFieldTypes.Dropdown.Id)
        {
            var hidden = ConditionValues(field, ConditionActionType.Hide);
            var choice = ConditionValues(field, ConditionActionType.Show).FirstOrDefault() ?? field.PreValues.Select(p => p.Value).First(v => !hidden.Contains(v));
            Values.Add(new(field.Alias, choice));
        }
        else if (field.FieldTypeId == FormFieldTypes.DataConsent.Id)
        {
            Values.Add(new(field.Alias, "on"));
        }
        else if (field.FieldTypeId != FormFieldTypes.Checkbox.Id
            && field.FieldTypeId != FormFieldTypes.TitleAndDescription.Id && field.FieldTypeId != FormFieldTypes.RichText.Id)
        {
            // A ticked box (e.g. "anonymise") holds nothing to plant; text blocks take no answer.
            throw new InvalidOperationException($"The never-public suite cannot plant an answer in {Form.Name}.{field.Alias} ({field.FieldTypeId}): teach {nameof(PlantedForm)} this field type.");
        }
    }

    private void Type(FormField field, string value, IReadOnlyList<string> needles)
    {
        if (!string.IsNullOrEmpty(field.Regex) && !Regex.IsMatch(value, field.Regex))
        {
            throw new InvalidOperationException($"The planted answer '{value}' does not fit {Form.Name}.{field.Alias}'s pattern {field.Regex}.");
        }
        Values.Add(new(field.Alias, value));
        Answers.Add(new PlantedAnswer(Form.Name, field.Alias, needles));
    }

    // The values of this field that other fields' conditions show or hide on.
    private HashSet<string> ConditionValues(FormField field, ConditionActionType action) =>
        Form.AllFields
            .Where(f => f.Condition is { Enabled: true } c && c.ActionType == action)
            .SelectMany(f => f.Condition!.Rules)
            .Where(r => (Guid.TryParse(r.Field, out var id) && id == field.Id) || r.Field == field.Alias)
            .Select(r => r.Value)
            .ToHashSet();

    // Letters and digits only, so that neither JSON nor HTML encoding can hide it from a plain text search.
    private static string Token(string alias) => $"fd{alias.ToLowerInvariant()}{Interlocked.Increment(ref _sequence)}x{Guid.NewGuid().ToString("N")[..10]}";

    // A Hong Kong number as a visitor types it; it may come out as typed or as digits only.
    private static (string Value, string[] Needles) Phone()
    {
        var number = $"3{Random.Shared.Next(0, 1000):D3} {Random.Shared.Next(1000, 10000)}";
        return (number, [number, number.Replace(" ", "")]);
    }
}
