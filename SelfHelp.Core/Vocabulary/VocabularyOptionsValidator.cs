using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace SelfHelp.Core.Vocabulary;

/// <summary>
/// Refuses a vocabulary that could not work, before the site starts: a facet without a key or properties, a key
/// given twice, a key that is not a query-string name or that a built-in filter or parameter already uses.
/// </summary>
internal sealed partial class VocabularyOptionsValidator : IValidateOptions<VocabularyOptions>
{
    /// <summary>Names the Delivery API's own filters and index fields, and the search's own parameters, already answer to.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "contentType", "name", "createDate", "updateDate", "startsAt", "itemId", "parentId", "ancestorIds", "level",
        "sortOrder", "pathOrder", "sortName", "q", "culture", "type", "page", "pageSize",
    };

    public ValidateOptionsResult Validate(string? name, VocabularyOptions options)
    {
        var failures = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Facets.Count; i++)
        {
            var facet = options.Facets[i];
            var at = $"{VocabularyOptions.Section}:Facets:{i}";
            if (!KeyShape().IsMatch(facet.Key))
            {
                failures.Add($"{at}:Key '{facet.Key}' is not a facet key: use letters and digits, starting with a letter (for example district).");
            }
            else if (Reserved.Contains(facet.Key))
            {
                failures.Add($"{at}:Key '{facet.Key}' is already a built-in filter or search parameter: choose another key.");
            }
            else if (!seen.Add(facet.Key))
            {
                failures.Add($"{at}:Key '{facet.Key}' is configured twice: each facet needs its own key.");
            }
            if (facet.Properties.Count == 0 || facet.Properties.Any(string.IsNullOrWhiteSpace))
            {
                failures.Add($"{at}:Properties must name at least one property alias, and no blank ones (facet '{facet.Key}').");
            }
            if (facet.Labels is { } labels && !KeyShape().IsMatch(labels))
            {
                failures.Add($"{at}:Labels '{labels}' is not a dictionary key prefix: use letters and digits (for example district).");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,63}$")]
    private static partial Regex KeyShape();
}
