using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Languages;
using SelfHelp.Core.Search;
using SelfHelp.Core.Search.Querying;
using SelfHelp.Core.Vocabulary;
using SelfHelp.Web.Site;

namespace SelfHelp.Web.Search;

/// <summary>
/// Checks a <see cref="SearchInput"/> and turns it into the engine's public <see cref="SearchRequest"/>
/// (always ExternalIndex). Every problem comes back as a <see cref="ValidationError"/> keyed by the query-string
/// parameter that has it, so clients are told exactly what to fix.
/// </summary>
public sealed partial class SearchInputValidator(ILanguageService languages, IContentTypeService contentTypes, ISiteVocabulary vocabulary, IOptions<SearchOptions> options)
{
    /// <summary>More values than this in one filter are refused: no one picks them by hand, and each costs a clause.</summary>
    public const int MaxFilterValues = 20;

    private readonly SearchOptions _options = options.Value;

    public async Task<OperationResult<SearchRequest>> ValidateAsync(SearchInput input, CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        var culture = await CultureAsync(input.Culture, errors, cancellationToken);
        var pageSize = Number("pageSize", input.PageSize, errors);
        var page = Number("page", input.Page, errors);
        var effectiveSize = Math.Min(pageSize ?? _options.DefaultPageSize, _options.MaxPageSize);
        if (page is { } p && (long)(p - 1) * effectiveSize >= _options.MaxResultWindow)
        {
            errors.Add(Error("page", $"Only the first {_options.MaxResultWindow:N0} results can be paged through: narrow the search or ask for an earlier page."));
        }
        var types = Keys("type", input.Types, errors);
        var facets = vocabulary.SearchFacets.ToDictionary(
            f => f.Key, IReadOnlyList<string> (f) => Keys(f.Key, input.Facets.GetValueOrDefault(f.Key) ?? [], errors), StringComparer.OrdinalIgnoreCase);
        if (errors.Count > 0)
        {
            return OperationResult<SearchRequest>.From(OperationResult.Invalid(errors));
        }
        return OperationResult<SearchRequest>.Success(new SearchRequest
        {
            Text = string.IsNullOrWhiteSpace(input.Q) ? null : input.Q,
            Culture = culture!,
            ContentTypes = await CanonicalTypesAsync(types, cancellationToken),
            Facets = facets,
            Page = page ?? 1,
            PageSize = pageSize,
        });
    }

    /// <summary>The culture asked for in its canonical spelling, the site's default when none was asked for, or null with an error.</summary>
    public async Task<string?> CultureAsync(string? culture, List<ValidationError> errors, CancellationToken cancellationToken)
    {
        var all = await languages.GetAllAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(culture))
        {
            return new SiteCultures(all).Default;
        }
        if (all.FirstOrDefault(l => string.Equals(l.IsoCode, culture.Trim(), StringComparison.OrdinalIgnoreCase)) is { } language)
        {
            return language.IsoCode;
        }
        errors.Add(Error("culture", $"'{culture}' is not a language of this site: use {string.Join(" or ", all.Select(l => l.IsoCode))}."));
        return null;
    }

    public static ValidationError Error(string parameter, string message) => new(parameter, null, message);

    private static int? Number(string parameter, string? raw, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1)
        {
            return value;
        }
        errors.Add(Error(parameter, $"'{raw}' is not a valid {parameter}: use a whole number from 1."));
        return null;
    }

    private static List<string> Keys(string parameter, IReadOnlyList<string> raw, List<ValidationError> errors)
    {
        var values = SearchInput.FilterValues(raw);
        if (values.Count > MaxFilterValues)
        {
            errors.Add(Error(parameter, $"Filter by at most {MaxFilterValues} values of {parameter} at once."));
        }
        foreach (var bad in values.Where(v => !KeyShape().IsMatch(v)).Take(3))
        {
            errors.Add(Error(parameter, $"'{bad}' is not a {parameter} key: keys are letters, digits, '-' and '_' (for example mentalHealth)."));
        }
        return values.ToList();
    }

    // Types are matched exactly in the index; visitors and clients may write them in any case.
    private async Task<List<string>> CanonicalTypesAsync(List<string> types, CancellationToken cancellationToken)
    {
        var canonical = new List<string>(types.Count);
        foreach (var type in types)
        {
            canonical.Add((await contentTypes.GetAsync(type, cancellationToken))?.Alias ?? type);
        }
        return canonical;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")]
    private static partial Regex KeyShape();
}
