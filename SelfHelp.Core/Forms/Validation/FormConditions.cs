using System.Globalization;
using SelfHelp.Core.Forms.Definitions;

namespace SelfHelp.Core.Forms.Validation;

/// <summary>
/// Decides what a visitor sees given their answers: a page, fieldset or field whose condition hides it is neither
/// validated nor stored, exactly as the browser script hides it (without the script everything shows, and the
/// server still decides).
/// </summary>
public static class FormConditions
{
    /// <summary>The fields the visitor sees with these values (by alias), in form order.</summary>
    public static IReadOnlyList<FormField> VisibleFields(FormDefinition form, IReadOnlyDictionary<string, IReadOnlyList<string>> values)
    {
        IReadOnlyList<string> ValuesOf(string fieldId) =>
            Guid.TryParse(fieldId, out var id) && form.FindField(id) is { } field && values.TryGetValue(field.Alias, out var v) ? v : [];

        return form.Pages.Where(p => IsVisible(p.Condition, ValuesOf))
            .SelectMany(p => p.FieldSets).Where(f => IsVisible(f.Condition, ValuesOf))
            .SelectMany(f => f.Containers).SelectMany(c => c.Fields)
            .Where(f => IsVisible(f.Condition, ValuesOf))
            .ToList();
    }

    public static bool IsVisible(FormCondition? condition, Func<string, IReadOnlyList<string>> valuesOfField)
    {
        if (condition is not { Enabled: true } || condition.Rules.Count == 0)
        {
            return true;
        }
        var matches = condition.LogicType == ConditionLogicType.All
            ? condition.Rules.All(r => Matches(r, valuesOfField(r.Field)))
            : condition.Rules.Any(r => Matches(r, valuesOfField(r.Field)));
        return condition.ActionType == ConditionActionType.Show ? matches : !matches;
    }

    private static bool Matches(FormConditionRule rule, IReadOnlyList<string> values)
    {
        var expected = rule.Value ?? "";
        var joined = string.Join(", ", values);
        return rule.Operator switch
        {
            ConditionOperator.Is => Is(values, expected),
            ConditionOperator.IsNot => !Is(values, expected),
            ConditionOperator.GreaterThen => Compare(joined, expected) > 0,
            ConditionOperator.LessThen => Compare(joined, expected) < 0,
            ConditionOperator.Contains => values.Any(v => v.Contains(expected, StringComparison.Ordinal)),
            ConditionOperator.ContainsIgnoreCase => values.Any(v => v.Contains(expected, StringComparison.OrdinalIgnoreCase)),
            ConditionOperator.StartsWith => joined.StartsWith(expected, StringComparison.Ordinal),
            ConditionOperator.StartsWithIgnoreCase => joined.StartsWith(expected, StringComparison.OrdinalIgnoreCase),
            ConditionOperator.EndsWith => joined.EndsWith(expected, StringComparison.Ordinal),
            ConditionOperator.EndsWithIgnoreCase => joined.EndsWith(expected, StringComparison.OrdinalIgnoreCase),
            ConditionOperator.NotContains => !values.Any(v => v.Contains(expected, StringComparison.Ordinal)),
            ConditionOperator.NotContainsIgnoreCase => !values.Any(v => v.Contains(expected, StringComparison.OrdinalIgnoreCase)),
            ConditionOperator.NotStartsWith => !joined.StartsWith(expected, StringComparison.Ordinal),
            ConditionOperator.NotStartsWithIgnoreCase => !joined.StartsWith(expected, StringComparison.OrdinalIgnoreCase),
            ConditionOperator.NotEndsWith => !joined.EndsWith(expected, StringComparison.Ordinal),
            ConditionOperator.NotEndsWithIgnoreCase => !joined.EndsWith(expected, StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    // A ticked checkbox is "on" from a browser and "true" from an API client; either matches either.
    private static bool Is(IReadOnlyList<string> values, string expected) =>
        values.Any(v => string.Equals(v, expected, StringComparison.OrdinalIgnoreCase)
            || (FormFieldTypes.IsTicked(v) && FormFieldTypes.IsTicked(expected)));

    // Numbers compare as numbers, dates as dates, anything else as text.
    private static int Compare(string actual, string expected)
    {
        if (decimal.TryParse(actual, NumberStyles.Number, CultureInfo.InvariantCulture, out var a)
            && decimal.TryParse(expected, NumberStyles.Number, CultureInfo.InvariantCulture, out var b))
        {
            return a.CompareTo(b);
        }
        if (DateTime.TryParse(actual, CultureInfo.InvariantCulture, DateTimeStyles.None, out var da)
            && DateTime.TryParse(expected, CultureInfo.InvariantCulture, DateTimeStyles.None, out var db))
        {
            return da.CompareTo(db);
        }
        return string.CompareOrdinal(actual, expected);
    }
}
