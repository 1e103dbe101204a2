using SelfHelp.Core.DeliveryApi.Rendering.Converters;
using SelfHelp.Core.PublishedCache;
using Umbraco.Cms.Core.DeliveryApi;
using static SelfHelp.Core.DeliveryApi.Indexing.Fields.IndexFieldNames;

namespace SelfHelp.Core.DeliveryApi.Indexing.Fields;

/// <summary>A raw keyword field filled from list properties (checkbox lists, dropdowns) of any type that has them.</summary>
internal abstract class KeywordFieldProvider(string fieldName, params string[] propertyAliases) : IContentIndexFieldProvider
{
    public IEnumerable<IndexField> GetFields() => [new() { FieldName = fieldName, FieldType = FieldType.StringRaw, VariesByCulture = false }];

    public IEnumerable<IndexFieldValue> GetFieldValues(PublishedContent content, IndexingContext context)
    {
        var values = propertyAliases.SelectMany(alias => StoredList.Read(content.GetValue(alias, context.Culture))).Distinct().Select(v => (object)v).ToArray();
        return values.Length == 0 ? [] : [new IndexFieldValue { FieldName = fieldName, Values = values }];
    }
}

/// <summary><c>topic:</c> the topics of stories, groups and guidance (for example <c>topic:carers</c>).</summary>
internal sealed class TopicFieldProvider() : KeywordFieldProvider(Topic, "topics");

/// <summary><c>district:</c> a story's or workshop's district, or any of a group's or volunteer role's districts.</summary>
internal sealed class DistrictFieldProvider() : KeywordFieldProvider(District, "district", "districts");

/// <summary><c>language:</c> a workshop's language or any of a group's meeting languages.</summary>
internal sealed class LanguageFieldProvider() : KeywordFieldProvider(Language, "language", "languages");

/// <summary><c>developmentStage:</c> the stage of a group's development a story tells about.</summary>
internal sealed class DevelopmentStageFieldProvider() : KeywordFieldProvider(DevelopmentStage, "developmentStage");

/// <summary><c>acceptingNewMembers:</c> true or false for every item whose type has that switch (unset counts as false).</summary>
internal sealed class AcceptingNewMembersFieldProvider : IContentIndexFieldProvider
{
    private const string Alias = "acceptingNewMembers";

    public IEnumerable<IndexField> GetFields() => [new() { FieldName = AcceptingNewMembers, FieldType = FieldType.StringRaw, VariesByCulture = false }];

    public IEnumerable<IndexFieldValue> GetFieldValues(PublishedContent content, IndexingContext context)
    {
        if (context.Schema.GetType(content.ContentTypeAlias)?.FindProperty(Alias) is null)
        {
            return [];
        }
        var accepting = TrueFalseConverter.Read(content.GetValue(Alias, context.Culture));
        return [new IndexFieldValue { FieldName = AcceptingNewMembers, Values = [accepting ? "true" : "false"] }];
    }
}

/// <summary><c>startsAt</c>: when a workshop starts, for date filters such as upcoming workshops (<c>startsAt&gt;:now</c>) and sorting.</summary>
internal sealed class StartsAtFieldProvider : IContentIndexFieldProvider
{
    public IEnumerable<IndexField> GetFields() => [new() { FieldName = StartsAt, FieldType = FieldType.Date, VariesByCulture = false }];

    public IEnumerable<IndexFieldValue> GetFieldValues(PublishedContent content, IndexingContext context) =>
        content.GetDateTime("startsAt", context.Culture) is { } starts ? [new IndexFieldValue { FieldName = StartsAt, Values = [starts] }] : [];
}

/// <summary><c>group:</c> the key of the self-help group a story is about.</summary>
internal sealed class StoryGroupFieldProvider : IContentIndexFieldProvider
{
    public IEnumerable<IndexField> GetFields() => [new() { FieldName = Group, FieldType = FieldType.StringRaw, VariesByCulture = false }];

    public IEnumerable<IndexFieldValue> GetFieldValues(PublishedContent content, IndexingContext context)
    {
        var keys = PickedKeys.Read(content.GetValue("group", context.Culture)).Select(k => (object)k.ToString("D")).ToArray();
        return keys.Length == 0 ? [] : [new IndexFieldValue { FieldName = Group, Values = keys }];
    }
}
