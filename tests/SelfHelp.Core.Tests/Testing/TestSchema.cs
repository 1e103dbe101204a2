using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Languages;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.Tests.Testing;

/// <summary>
/// A small bilingual schema for engine tests: a root "site" (invariant) holding culture-varying "page"s, which can
/// hold more pages, plus a few data types covering the editors validation knows.
/// </summary>
public static class TestSchema
{
    public const string English = "en-US";
    public const string Chinese = "zh-HK";

    public static readonly DataType Text = DataTypeOf("Textstring", Aliases.TextBox);
    public static readonly DataType Date = DataTypeOf("Date", Aliases.DateTime);
    public static readonly DataType Number = DataTypeOf("Number", Aliases.Integer);
    public static readonly DataType Email = DataTypeOf("Email", Aliases.EmailAddress);
    public static readonly DataType Stage = DataTypeOf("Stage", Aliases.DropDownListFlexible, """{"items":["forming","growing"]}""");
    public static readonly DataType SitePicker = DataTypeOf("Site picker", Aliases.MultiNodeTreePicker, """{"filter":"site"}""");

    public static readonly ContentType Site = new ContentTypeBuilder("site").AllowAtRoot().AllowChildren("page")
        .AddProperty("tagline", Text)
        .Build();

    public static readonly ContentType Page = new ContentTypeBuilder("page").VariesByCulture().AllowChildren("page")
        .AddProperty("title", Text, variesByCulture: true, mandatory: true)
        .AddProperty("eventDate", Date)
        .AddProperty("capacity", Number)
        .AddProperty("contactEmail", Email)
        .AddProperty("stage", Stage)
        .AddProperty("home", SitePicker)
        .AddProperty("code", Text, pattern: "^[A-Z]{3}$", patternMessage: "Three capital letters.")
        .Build();

    public static async Task InstallAsync(ILanguageService languages, IDataTypeService dataTypes, IContentTypeService contentTypes)
    {
        await languages.SaveAsync(new Language(Guid.NewGuid(), English, "English (United States)", IsDefault: true, IsMandatory: true));
        await languages.SaveAsync(new Language(Guid.NewGuid(), Chinese, "Chinese (Traditional, Hong Kong SAR)", IsDefault: false, IsMandatory: false));
        foreach (var dataType in new[] { Text, Date, Number, Email, Stage, SitePicker })
        {
            await dataTypes.SaveAsync(dataType);
        }
        await contentTypes.SaveAsync(Site);
        await contentTypes.SaveAsync(Page);
    }

    private static DataType DataTypeOf(string name, string editor, string config = "{}") =>
        new() { Key = Guid.NewGuid(), Name = name, EditorAlias = editor, ConfigurationJson = config };
}
