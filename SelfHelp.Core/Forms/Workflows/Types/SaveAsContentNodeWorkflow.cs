using SelfHelp.Core.Forms.Entries;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Forms.Validation;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.PublishedCache;
using static Umbraco.Cms.Core.Constants.PropertyEditors;
using ContentVariation = Umbraco.Cms.Core.Models.ContentVariation;

namespace SelfHelp.Core.Forms.Workflows.Types;

/// <summary>
/// Umbraco Forms' Save as Umbraco Content Node: a draft of <c>DocumentType</c> under the first <c>RootNode</c> (a type
/// alias or a key), named by <c>NameField</c>, with <c>Fields</c> mapping property aliases to <c>{answers}</c> or fixed
/// values. With <c>UpdatePageFromEntry</c>, an entry sent from a page of that type updates that page's draft instead.
/// Nothing is published: staff review the draft. A new draft's key is derived from the job's idempotency key, so a
/// re-run after a crash finds the draft it made instead of making another. Every answer is made safe on the way in:
/// rich text keeps only <see cref="VisitorHtml"/>'s allow-list (plain answers become encoded paragraphs), other
/// editors, and the draft's name, get the text with any markup taken out.
/// </summary>
internal sealed class SaveAsContentNodeWorkflow(
    IContentService content, IContentTypeService contentTypes, IPublishedContentCache cache, WorkflowTemplate template, VisitorHtml html,
    IDbContextFactory<SelfHelpDbContext> contexts, TimeProvider clock) : IFormWorkflowType
{
    /// <summary>The audit action of a saved draft; its detail is <c>{workflow id}:{document key}</c>.</summary>
    internal const string Outcome = "content saved";

    public Guid Id => FormWorkflowTypeIds.SaveAsContentNode;
    public string Alias => "saveAsUmbracoContentNode";

    public async Task<WorkflowResult> ExecuteAsync(WorkflowContext context, CancellationToken cancellationToken)
    {
        var marker = context.Workflow.Id.ToString();
        var draftKey = context.DerivedKey("content");
        await using (var db = contexts.CreateDbContext())
        {
            if (await db.FormEntryAudit.AnyAsync(a => a.EntryId == context.Entry.Id && a.Action == Outcome && a.Detail!.StartsWith(marker), cancellationToken)
                || await content.GetAsync(draftKey, cancellationToken) is not null)
            {
                return WorkflowResult.Success("already saved by an earlier attempt.");
            }
        }
        var typeAlias = context.Workflow.Setting("DocumentType") ?? "";
        if (await contentTypes.GetAsync(typeAlias, cancellationToken) is not { Kind: ContentTypeKind.Document } type)
        {
            return WorkflowResult.Failure($"'{typeAlias}' is not a document type.");
        }
        var culture = type.VariesByCulture ? context.Entry.Culture : null;
        var text = await template.TextAsync(context, cancellationToken);
        var name = html.PlainText(context.Value(context.Workflow.Setting("NameField") ?? "") ?? context.Form.Name);
        ContentItem? item = null;
        if (context.Workflow.Setting("UpdatePageFromEntry") == "true" && context.Entry.ContentKey is { } pageKey
            && await content.GetAsync(pageKey, cancellationToken) is { } page && page.ContentTypeAlias == type.Alias)
        {
            item = page;
            item.SetName(name, culture);
        }
        else if (ParentId(context.Workflow.Setting("RootNode")) is { } parentId)
        {
            item = new ContentItem(type, NodeObjectType.Document, draftKey, parentId);
            item.SetName(name, culture);
        }
        if (item is null)
        {
            return WorkflowResult.Failure($"there is no published '{context.Workflow.Setting("RootNode")}' to save the {type.Alias} under.");
        }
        var mapping = JsonSerializer.Deserialize<Dictionary<string, string>>(context.Workflow.Setting("Fields") ?? "{}") ?? [];
        foreach (var (alias, source) in mapping)
        {
            if (type.FindProperty(alias) is not { } property)
            {
                return WorkflowResult.Failure($"the {type.Alias} type has no property '{alias}'.");
            }
            var answer = source.StartsWith('{') && source.EndsWith('}') && !source[1..^1].Contains('{') ? context.Form.FindField(source[1..^1]) : null;
            var values = answer is not null
                ? (context.Values.TryGetValue(answer.Alias, out var answered) ? answered : [])
                : [template.Fill(source, context, text)];
            var richAnswer = answer?.Setting("AllowRichText") == "true";
            item.SetValue(alias, Convert(property.EditorAlias, values, richAnswer), property.Variations.HasFlag(ContentVariation.Culture) ? culture : null);
        }
        var saved = await content.SaveAsync(item, $"forms: {context.Form.Name}", cancellationToken);
        if (!saved.Succeeded)
        {
            return WorkflowResult.Failure($"{saved.Status}: {saved.Message} {string.Join("; ", saved.Errors.Select(e => $"{e.Alias}: {e.Message}"))}");
        }
        await using (var db = contexts.CreateDbContext())
        {
            db.FormEntryAudit.Add(new FormEntryAuditEntity
            {
                EntryId = context.Entry.Id, Date = clock.GetUtcNow().UtcDateTime, UserName = "workflow", Action = Outcome, Detail = $"{marker}:{saved.Value!.Key}",
            });
            await db.SaveChangesAsync(cancellationToken);
        }
        return WorkflowResult.Success($"saved the draft {type.Alias} {saved.Value!.Key}.");
    }

    private int? ParentId(string? rootNode)
    {
        var snapshot = cache.Current;
        if (Guid.TryParse(rootNode, out var key))
        {
            return snapshot.GetByKey(key)?.Id;
        }
        return snapshot.All.Where(c => string.Equals(c.ContentTypeAlias, rootNode, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.Level).ThenBy(c => c.SortOrder).FirstOrDefault()?.Id;
    }

    // Answers become values of the property's editor. Rich text is sanitised whatever it came from: an answer the
    // form lets be rich text keeps the allow-listed markup, any other text becomes encoded paragraphs.
    private object? Convert(string editor, IReadOnlyList<string> values, bool richAnswer)
    {
        if (values.Count == 0)
        {
            return null;
        }
        return editor switch
        {
            Aliases.Boolean => FormFieldTypesTicked(values[0]),
            Aliases.DropDownListFlexible or Aliases.CheckBoxList or Aliases.Tags => values.Select(html.PlainText).ToList(),
            Aliases.Integer => int.TryParse(values[0], out var number) ? number : null,
            Aliases.RichText => new { markup = html.Clean(richAnswer && values[0].Contains('<') ? values[0] : Paragraphs(values[0])), blocks = (object?)null },
            _ => string.Join(", ", values.Select(html.PlainText)),
        };
    }

    private static bool FormFieldTypesTicked(string value) => Definitions.FormFieldTypes.IsTicked(value);

    private static string Paragraphs(string value) =>
        string.Concat(value.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => $"<p>{WebUtility.HtmlEncode(p).Replace("\n", "<br>")}</p>"));
}
