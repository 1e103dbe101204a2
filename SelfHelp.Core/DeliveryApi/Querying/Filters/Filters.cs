using System.Globalization;
using System.Text.RegularExpressions;
using SelfHelp.Core.Vocabulary;
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

    public FilterOption BuildFilterOption(string filter) => Build(fieldName, filter[_specifier.Length..], value => value);

    /// <summary>The option for the part after the colon: values separated by commas, <c>!</c> in front for "none of these".</summary>
    public static FilterOption Build(string fieldName, string value, Func<string, string> normalize) => new()
    {
        FieldName = fieldName,
        Values = value.TrimStart('!').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(normalize).ToArray(),
        Operator = value.StartsWith('!') ? FilterOperation.IsNot : FilterOperation.Is,
    };
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

/// <summary>
/// <c>{facet}:value</c> for every facet of the site's vocabulary (<c>topic:carers</c>, <c>district:a,b</c>,
/// <c>acceptingNewMembers:true</c>, <c>group:{key}</c>); the index field is named by the facet's key.
/// </summary>
internal sealed class FacetFilter(ISiteVocabulary vocabulary) : IFilterHandler
{
    public bool CanHandle(string query) => FacetOf(query) is not null;

    public FilterOption BuildFilterOption(string filter)
    {
        var facet = FacetOf(filter)!;
        return KeywordFilterBase.Build(facet.Key, filter[(facet.Key.Length + 1)..], FacetValues.Normalize);
    }

    private Facet? FacetOf(string query) =>
        query.IndexOf(':') is > 0 and var colon ? vocabulary.Find(query[..colon]) : null;
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
