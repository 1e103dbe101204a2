using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Languages;
using static Umbraco.Cms.Core.Constants.PropertyEditors;
using ContentVariation = Umbraco.Cms.Core.Models.ContentVariation;

namespace SelfHelp.Web.Tests.Testing;

/// <summary>
/// The smallest schema that shows the site working: English and Traditional Chinese, a culture-varying <c>home</c>
/// with a hero title and rich-text intro, <c>contentPage</c>s beneath it, and a <c>story</c> that needs consent.
/// </summary>
public static class SiteSchema
{
    public const string English = "en-US";
    public const string Chinese = "zh-HK";

    private static readonly DataType Text = DataTypeOf("Textstring", Aliases.TextBox);
    private static readonly DataType TextArea = DataTypeOf("Textarea", Aliases.TextArea);
    private static readonly DataType RichText = DataTypeOf("Rich text", Aliases.RichText);
    private static readonly DataType Consent = DataTypeOf("Consent status", Aliases.DropDownListFlexible, """{"items":["pending","given","withdrawn"]}""");

    public static async Task InstallAsync(ILanguageService languages, IDataTypeService dataTypes, IContentTypeService contentTypes)
    {
        await languages.SaveAsync(new Language(Guid.NewGuid(), English, "English (United States)", IsDefault: true, IsMandatory: true));
        await languages.SaveAsync(new Language(Guid.NewGuid(), Chinese, "Chinese (Traditional, Hong Kong SAR)", IsDefault: false, IsMandatory: false));
        foreach (var dataType in new[] { Text, TextArea, RichText, Consent })
        {
            await dataTypes.SaveAsync(dataType);
        }
        await contentTypes.SaveAsync(TypeOf("home", allowAtRoot: true, ["contentPage", "story"],
            ("heroTitle", Text, true), ("intro", RichText, true)));
        await contentTypes.SaveAsync(TypeOf("contentPage", allowAtRoot: false, ["contentPage"],
            ("title", Text, true), ("summary", TextArea, true), ("body", RichText, true)));
        await contentTypes.SaveAsync(TypeOf("story", allowAtRoot: false, [],
            ("title", Text, true), ("consentStatus", Consent, false)));
    }

    private static ContentType TypeOf(string alias, bool allowAtRoot, string[] children, params (string Alias, DataType DataType, bool Varies)[] properties) => new()
    {
        Key = Guid.NewGuid(),
        Alias = alias,
        Name = alias,
        AllowAtRoot = allowAtRoot,
        Variations = ContentVariation.Culture,
        AllowedChildren = children.Select((child, i) => new AllowedChildType(Guid.NewGuid(), child, i)).ToList(),
        Properties = properties.Select((p, i) => new PropertyType
        {
            Key = Guid.NewGuid(),
            Alias = p.Alias,
            Name = p.Alias,
            DataTypeKey = p.DataType.Key,
            EditorAlias = p.DataType.EditorAlias,
            Variations = p.Varies ? ContentVariation.Culture : ContentVariation.Nothing,
            SortOrder = i,
        }).ToList(),
    };

    private static DataType DataTypeOf(string name, string editor, string config = "{}") =>
        new() { Key = Guid.NewGuid(), Name = name, EditorAlias = editor, ConfigurationJson = config };
}
