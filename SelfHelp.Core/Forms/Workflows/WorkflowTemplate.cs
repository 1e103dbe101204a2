using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Forms.Localisation;
using SelfHelp.Core.PublishedCache;

namespace SelfHelp.Core.Forms.Workflows;

/// <summary>
/// Fills workflow texts for the entry's culture: <c>#key</c> from the dictionary, then <c>{fieldAlias}</c> with the
/// answer (choices by their caption), <c>{pageName}</c>, <c>{formName}</c>, <c>{entryId}</c> and any extra values
/// (such as <c>{record.status}</c>); named recipients (<c>@moderators</c>) come from configuration.
/// </summary>
internal sealed partial class WorkflowTemplate(IFormTextProvider texts, IPublishedContentCache cache, IOptionsMonitor<SelfHelpFormsOptions> options)
{
    [GeneratedRegex(@"\{([a-zA-Z][a-zA-Z0-9.]*)\}")]
    private static partial Regex Placeholder();

    public Task<FormText> TextAsync(WorkflowContext context, CancellationToken cancellationToken) =>
        texts.ForCultureAsync(context.Entry.Culture, cancellationToken);

    public string Fill(string? template, WorkflowContext context, FormText text, IReadOnlyDictionary<string, string>? extra = null) =>
        Placeholder().Replace(text[template], match =>
        {
            var name = match.Groups[1].Value;
            if (extra?.TryGetValue(name, out var value) == true)
            {
                return value;
            }
            return name switch
            {
                "pageName" => PageName(context) ?? "",
                "formName" => context.Form.Name,
                "entryId" => context.Entry.Id.ToString(),
                _ => Answer(context, text, name),
            };
        });

    /// <summary>Addresses from a setting: literal addresses, <c>{field}</c> answers and <c>@named</c> recipients, comma-separated.</summary>
    public IReadOnlyList<string> Addresses(string? setting, WorkflowContext context, FormText text)
    {
        var addresses = new List<string>();
        foreach (var part in (setting ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith('@'))
            {
                var named = options.CurrentValue.Recipients.GetValueOrDefault(part[1..])
                    ?? throw new InvalidOperationException($"no address is configured for {part} (SelfHelp:Forms:Recipients:{part[1..]}).");
                addresses.AddRange(named.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
            else
            {
                addresses.Add(Fill(part, context, text));
            }
        }
        return addresses.Where(a => a.Length > 0).ToList();
    }

    public string? PageName(WorkflowContext context) =>
        context.Entry.ContentKey is { } key && cache.Current.GetByKey(key) is { } page ? page.GetName(context.Entry.Culture) ?? page.Cultures.Values.FirstOrDefault()?.Name : null;

    private static string Answer(WorkflowContext context, FormText text, string alias)
    {
        if (!context.Values.TryGetValue(alias, out var values))
        {
            return "";
        }
        var field = context.Form.FindField(alias);
        return string.Join(", ", values.Select(v => field?.PreValues.FirstOrDefault(p => p.Value == v) is { } choice ? text[choice.Caption ?? v] : v));
    }
}
