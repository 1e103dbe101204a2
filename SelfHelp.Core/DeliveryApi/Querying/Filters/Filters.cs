using System.Globalization;
using System.Text.RegularExpressions;
using Umbraco.Cms.Core.DeliveryApi;
using static SelfHelp.Core.DeliveryApi.Indexing.Fields.IndexFieldNames;

namespace SelfHelp.Core.DeliveryApi.Querying.Filters;

/// <summary>
/// <c>{name}:value</c>, <c>{name}:a,b</c> (either) and <c>{name}:!value</c> (neither) on a keyword field, as Umbraco's
/// <c>contentType:</c> filter reads them.
/// </summary>
internal abstract class KeywordFilterBase(string name, string fieldName) : IFilterHandler
{
    private readonly string _specifier = name + ":";

    public bool CanHandle(string query) => query.StartsWith(_specifier, StringComparison.OrdinalIgnoreCase);

    public FilterOption BuildFilterOption(string filter)
    {
        var value = filter[_specifier.Length..];
        return new FilterOption
        {
            FieldName = fieldName,
            Values = value.TrimStart('!').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Normalize).ToArray(),
            Operator = value.StartsWith('!') ? FilterOperation.IsNot : FilterOperation.Is,
        };
    }

    protected virtual string Normalize(string value) => value;
}

/// <summary><c>contentType:alias</c>, <c>contentType:a,b</c>, <c>contentType:!alias</c>.</summary>
internal sealed class ContentTypeFilter() : KeywordFilterBase("contentType", ContentType);

/// <summary><c>name:words</c> (the words of the name in the culture) and <c>name:!words</c>.</summary>
internal sealed class NameFilter : IFilterHandler
{
    private const string Specifier = "name:";

    public bool CanHandle(string query) => query.StartsWith(Specifier, StringComparison.OrdinalIgnoreCase);

    public FilterOption BuildFilterOption(string filter)
    {
        var value = filter[Specifier.Length..];
        return new FilterOption
        {
            FieldName = Name,
            Values = string.IsNullOrWhiteSpace(value) ? [] : [value.TrimStart('!')],
            Operator = value.StartsWith('!') ? FilterOperation.IsNot : FilterOperation.Is,
        };
    }
}

/// <summary><c>topic:carers</c>: items about any of the topics.</summary>
internal sealed class TopicFilter() : KeywordFilterBase("topic", Topic);

/// <summary><c>district:shamShuiPo</c>: items in any of the districts.</summary>
internal sealed class DistrictFilter() : KeywordFilterBase("district", District);

/// <summary><c>language:cantonese</c>: groups meeting in, or workshops given in, any of the languages.</summary>
internal sealed class LanguageFilter() : KeywordFilterBase("language", Language);

/// <summary><c>developmentStage:forming</c>: stories about groups at that stage.</summary>
internal sealed class DevelopmentStageFilter() : KeywordFilterBase("developmentStage", DevelopmentStage);

/// <summary><c>acceptingNewMembers:true</c> or <c>:false</c>: groups open (or not) to new members.</summary>
internal sealed class AcceptingNewMembersFilter() : KeywordFilterBase("acceptingNewMembers", AcceptingNewMembers)
{
    protected override string Normalize(string value) => value.ToLowerInvariant();
}

/// <summary><c>group:{key}</c>: stories about that self-help group.</summary>
internal sealed class GroupFilter() : KeywordFilterBase("group", Indexing.Fields.IndexFieldNames.Group)
{
    protected override string Normalize(string value) => Guid.TryParse(value, out var key) ? key.ToString("D") : value;
}

/// <summary>
/// A date filter with Umbraco's operators: <c>:</c> equals, <c>&gt;</c>, <c>&gt;:</c>, <c>&lt;</c>, <c>&lt;:</c>. A value
/// it cannot read, or an operator it does not know, matches nothing (Umbraco's fallback to a random value).
/// </summary>
internal abstract class DateFilterBase(string name, string fieldName) : IFilterHandler
{
    private readonly Regex _parser = new($"^{name}(?<operator>[><:]{{1,2}})(?<value>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public bool CanHandle(string query) => _parser.IsMatch(query);

    public FilterOption BuildFilterOption(string filter)
    {
        var match = _parser.Match(filter);
        FilterOperation? operation = match.Groups["operator"].Value switch
        {
            ":" => FilterOperation.Is,
            ">" => FilterOperation.GreaterThan,
            ">:" => FilterOperation.GreaterThanOrEqual,
            "<" => FilterOperation.LessThan,
            "<:" => FilterOperation.LessThanOrEqual,
            _ => null,
        };
        return operation is { } op
            ? new FilterOption { FieldName = fieldName, Values = [ReadValue(match.Groups["value"].Value)], Operator = op }
            : new FilterOption { FieldName = fieldName, Values = [Guid.NewGuid().ToString()], Operator = FilterOperation.Is };
    }

    protected virtual string ReadValue(string value) => value;
}

/// <summary><c>createDate&gt;2024-01-01</c> and the other date operators.</summary>
internal sealed class CreateDateFilter() : DateFilterBase("createDate", CreateDate);

/// <summary><c>updateDate&gt;:2024-01-01</c> and the other date operators.</summary>
internal sealed class UpdateDateFilter() : DateFilterBase("updateDate", UpdateDate);

/// <summary><c>startsAt&gt;:now</c> (upcoming workshops) or any date, with the date operators; <c>now</c> is the current time.</summary>
internal sealed class StartsAtFilter(TimeProvider clock) : DateFilterBase("startsAt", StartsAt)
{
    protected override string ReadValue(string value) =>
        string.Equals(value, "now", StringComparison.OrdinalIgnoreCase)
            ? clock.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture)
            : value;
}
