using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Languages;
using static Umbraco.Cms.Core.Constants.PropertyEditors;
using ContentVariation = Umbraco.Cms.Core.Models.ContentVariation;

namespace SelfHelp.Web.Tests.DeliveryApi.Testing;

/// <summary>
/// A bilingual schema covering what the Delivery API outputs: every editor it converts, the domain types its filters
/// read (story, selfHelpGroup, workshop), an element type for blocks, an image media type and a type kept out by settings.
/// </summary>
public static class DeliveryTestSchema
{
    public const string English = "en-US";
    public const string Chinese = "zh-HK";

    public static readonly DataType Text = DataTypeOf("Textstring", Aliases.TextBox);
    public static readonly DataType TextArea = DataTypeOf("Textarea", Aliases.TextArea);
    public static readonly DataType RichText = DataTypeOf("Rich text", Aliases.RichText);
    public static readonly DataType Number = DataTypeOf("Numeric", Aliases.Integer);
    public static readonly DataType Decimal = DataTypeOf("Decimal", Aliases.Decimal);
    public static readonly DataType TrueFalse = DataTypeOf("True/false", Aliases.Boolean);
    public static readonly DataType Date = DataTypeOf("Date", Aliases.DateTime);
    public static readonly DataType Email = DataTypeOf("Email", Aliases.EmailAddress);
    public static readonly DataType Tags = DataTypeOf("Tags", Aliases.Tags);
    public static readonly DataType Topics = DataTypeOf("Topics", Aliases.CheckBoxList, """{"items":["carers","mentalHealth","grief"]}""");
    public static readonly DataType Districts = DataTypeOf("Districts", Aliases.DropDownListFlexible, """{"items":["shamShuiPo","shaTin","wanChai"],"multiple":true}""");
    public static readonly DataType District = DataTypeOf("District", Aliases.DropDownListFlexible, """{"items":["shamShuiPo","shaTin","wanChai"]}""");
    public static readonly DataType Languages = DataTypeOf("Spoken languages", Aliases.CheckBoxList, """{"items":["cantonese","english","mandarin"]}""");
    public static readonly DataType SpokenLanguage = DataTypeOf("Spoken language", Aliases.DropDownListFlexible, """{"items":["cantonese","english","mandarin"]}""");
    public static readonly DataType Stage = DataTypeOf("Development stage", Aliases.DropDownListFlexible, """{"items":["forming","growing","sustaining","renewing"]}""");
    public static readonly DataType Consent = DataTypeOf("Consent status", Aliases.DropDownListFlexible, """{"items":["pending","given","withdrawn"]}""");
    public static readonly DataType ContentPicker = DataTypeOf("Content picker", Aliases.ContentPicker);
    public static readonly DataType ManyPicker = DataTypeOf("Multinode picker", Aliases.MultiNodeTreePicker);
    public static readonly DataType MediaPicker = DataTypeOf("Media picker", Aliases.MediaPicker3);
    public static readonly DataType Links = DataTypeOf("Links", Aliases.MultiUrlPicker);
    public static readonly DataType SingleLink = DataTypeOf("Single link", Aliases.MultiUrlPicker, """{"maxNumber":1}""");
    public static readonly DataType ImageCropper = DataTypeOf("Image cropper", Aliases.ImageCropper);

    public static readonly ContentType StatItem = TypeOf("statItem", element: true, [], ("label", Text, true), ("value", Number, false), ("source", ContentPicker, false));
    public static readonly DataType Stats = DataTypeOf("Stats", Aliases.BlockList, "{\"blocks\":[{\"contentElementTypeKey\":\"" + StatItem.Key + "\"}]}");

    public static async Task InstallAsync(ILanguageService languages, IDataTypeService dataTypes, IContentTypeService contentTypes)
    {
        await languages.SaveAsync(new Language(Guid.NewGuid(), English, "English (United States)", IsDefault: true, IsMandatory: true));
        await languages.SaveAsync(new Language(Guid.NewGuid(), Chinese, "Chinese (Traditional, Hong Kong SAR)", IsDefault: false, IsMandatory: false));
        foreach (var dataType in new[] { Text, TextArea, RichText, Number, Decimal, TrueFalse, Date, Email, Tags, Topics, Districts, District, Languages,
            SpokenLanguage, Stage, Consent, ContentPicker, ManyPicker, MediaPicker, Links, SingleLink, ImageCropper, Stats })
        {
            await dataTypes.SaveAsync(dataType);
        }
        await contentTypes.SaveAsync(StatItem);
        await contentTypes.SaveAsync(TypeOf("home", element: false, ["home", "contentPage", "story", "selfHelpGroup", "workshop", "secretNote"],
            ("heroTitle", Text, true), ("intro", RichText, true), ("featured", ManyPicker, false), ("mainPage", ContentPicker, false),
            ("heroImage", MediaPicker, false), ("links", Links, false), ("moreInfo", SingleLink, false), ("stats", Stats, false)));
        await contentTypes.SaveAsync(TypeOf("contentPage", element: false, ["contentPage", "story", "selfHelpGroup", "workshop"],
            ("title", Text, true), ("summary", TextArea, true), ("body", RichText, true), ("related", ManyPicker, false), ("rating", Decimal, false),
            ("contactEmail", Email, false)));
        var story = TypeOf("story", element: false, [],
            ("title", Text, true), ("consentStatus", Consent, false), ("embargoUntil", Date, false), ("group", ManyPicker, false),
            ("topics", Topics, false), ("district", District, false), ("developmentStage", Stage, false), ("themes", Tags, false),
            ("releaseForm", MediaPicker, false));
        story.Properties.Single(p => p.Alias == "releaseForm").GroupAlias = "internal";
        await contentTypes.SaveAsync(story);
        await contentTypes.SaveAsync(TypeOf("selfHelpGroup", element: false, [],
            ("name", Text, true), ("topics", Topics, false), ("districts", Districts, false), ("languages", Languages, false),
            ("acceptingNewMembers", TrueFalse, false), ("foundedYear", Number, false)));
        await contentTypes.SaveAsync(TypeOf("workshop", element: false, [],
            ("title", Text, true), ("startsAt", Date, false), ("district", District, false), ("language", SpokenLanguage, false)));
        await contentTypes.SaveAsync(TypeOf("secretNote", element: false, [], ("title", Text, true)));
        var image = TypeOf("Image", element: false, ["Image"], ("umbracoFile", ImageCropper, false), ("umbracoWidth", Number, false),
            ("umbracoHeight", Number, false), ("umbracoBytes", Number, false), ("umbracoExtension", Text, false), ("altText", Text, false));
        image.Kind = ContentTypeKind.Media;
        image.AllowAtRoot = true;
        image.Variations = ContentVariation.Nothing;
        await contentTypes.SaveAsync(image);
        var folder = TypeOf("Folder", element: false, ["Folder", "Image"]);
        folder.Kind = ContentTypeKind.Media;
        folder.AllowAtRoot = true;
        folder.Variations = ContentVariation.Nothing;
        await contentTypes.SaveAsync(folder);
    }

    private static ContentType TypeOf(string alias, bool element, string[] children, params (string Alias, DataType DataType, bool Varies)[] properties) => new()
    {
        Key = Guid.NewGuid(),
        Alias = alias,
        Name = alias,
        AllowAtRoot = alias == "home",
        IsElement = element,
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
