using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Tests.Testing;
using SelfHelp.Core.Visibility;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace SelfHelp.Core.Tests.Search;

/// <summary>
/// A "story" type shaped like the site's: culture-varying title, summary and rich-text body, and invariant consent,
/// topics, district, spoken languages, dates, tags and an internal release form. Stories go under the site or a page.
/// </summary>
public static class SearchTestSchema
{
    public static readonly DataType TextArea = DataTypeOf("Textarea", Aliases.TextArea);
    public static readonly DataType RichText = DataTypeOf("Rich text", Aliases.RichText);
    public static readonly DataType Tags = DataTypeOf("Tags", Aliases.Tags);
    public static readonly DataType Consent = DataTypeOf("Consent", Aliases.DropDownListFlexible, """{"items":["pending","given","withdrawn"]}""");
    public static readonly DataType Topics = DataTypeOf("Topics", Aliases.CheckBoxList, """{"items":["mental-health","carers","addiction","grief"]}""");
    public static readonly DataType District = DataTypeOf("District", Aliases.DropDownListFlexible, """{"items":["sham-shui-po","wan-chai","sha-tin"]}""");
    public static readonly DataType Languages = DataTypeOf("Languages", Aliases.CheckBoxList, """{"items":["cantonese","english","mandarin"]}""");

    public static ContentType Story() => new ContentTypeBuilder("story").VariesByCulture()
        .AddProperty("title", TestSchema.Text, variesByCulture: true)
        .AddProperty("summary", TextArea, variesByCulture: true)
        .AddProperty("body", RichText, variesByCulture: true)
        .AddProperty("consentStatus", Consent)
        .AddProperty("topics", Topics)
        .AddProperty("district", District)
        .AddProperty("languages", Languages)
        .AddProperty("themes", Tags)
        .AddProperty("interviewDate", TestSchema.Date)
        .AddProperty("embargoUntil", TestSchema.Date)
        .AddProperty("releaseForm", TestSchema.Text, group: PublicVisibility.InternalGroupAlias)
        .Build();

    public static async Task InstallAsync(TestEngine engine)
    {
        foreach (var dataType in new[] { TextArea, RichText, Tags, Consent, Topics, District, Languages })
        {
            await engine.DataTypes.SaveAsync(dataType);
        }
        var story = Story();
        await engine.ContentTypes.SaveAsync(story);
        foreach (var parentAlias in new[] { "site", "page" })
        {
            var parent = (await engine.ContentTypes.GetAsync(parentAlias))!;
            parent.AllowedChildren.Add(new AllowedChildType(story.Key, story.Alias, parent.AllowedChildren.Count));
            await engine.ContentTypes.SaveAsync(parent);
        }
    }

    private static DataType DataTypeOf(string name, string editor, string config = "{}") =>
        new() { Key = Guid.NewGuid(), Name = name, EditorAlias = editor, ConfigurationJson = config };
}
