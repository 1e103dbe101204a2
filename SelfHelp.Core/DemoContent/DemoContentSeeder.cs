using System.Diagnostics;
using System.Text.Json;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Languages;

namespace SelfHelp.Core.DemoContent;

/// <summary>What a demo seeding run created, and how long it took.</summary>
internal sealed record DemoContentReport(int Published, int Drafts, TimeSpan Elapsed);

/// <summary>
/// Creates the demo documents through <see cref="IContentService"/>, parents first and with the keys the data gives
/// them, and publishes each in one write (drafts are only saved). A picker pointing at an item not created yet is
/// filled in once everything exists, so the data can reference in any direction.
/// </summary>
internal sealed class DemoContentSeeder(
    IContentService content,
    IContentTypeService contentTypes,
    ILanguageService languages,
    DemoValueConverter converter)
{
    /// <summary>The user name demo content is created under in history and the audit trail.</summary>
    public const string UserName = "Demo content";

    public async Task<OperationResult<DemoContentReport>> SeedAsync(IReadOnlyList<DemoItem> items, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var problems = await CheckAsync(items, cancellationToken);
        if (problems.Count > 0)
        {
            return OperationResult<DemoContentReport>.From(OperationResult.Invalid(problems));
        }

        var ids = new Dictionary<Guid, int>();
        var waiting = new List<DemoItem>();
        foreach (var item in items)
        {
            var type = (await contentTypes.GetAsync(item.Type, cancellationToken))!;
            var parentId = item.ParentKey is { } parentKey ? ids[parentKey] : ContentItem.RootId;
            var document = new ContentItem(type, NodeObjectType.Document, item.Key, parentId);
            foreach (var (culture, name) in item.Names)
            {
                document.SetName(name, culture);
            }
            if (!await SetValuesAsync(document, type, item, ids.ContainsKey, cancellationToken))
            {
                waiting.Add(item);
            }
            var stored = await StoreAsync(document, item, cancellationToken);
            if (!stored.Succeeded)
            {
                return Failed(item, stored);
            }
            ids[item.Key] = stored.Value!.Id;
        }

        foreach (var item in waiting)
        {
            var type = (await contentTypes.GetAsync(item.Type, cancellationToken))!;
            var document = (await content.GetAsync(item.Key, cancellationToken))!;
            await SetValuesAsync(document, type, item, ids.ContainsKey, cancellationToken);
            var stored = await StoreAsync(document, item, cancellationToken);
            if (!stored.Succeeded)
            {
                return Failed(item, stored);
            }
        }

        var drafts = items.Count(i => i.IsDraft);
        return OperationResult<DemoContentReport>.Success(new DemoContentReport(items.Count - drafts, drafts, stopwatch.Elapsed));
    }

    /// <summary>Sets the item's values on the document; returns false when a picker had to be left out for now.</summary>
    private async Task<bool> SetValuesAsync(ContentItem document, ContentType type, DemoItem item, Func<Guid, bool> exists, CancellationToken cancellationToken)
    {
        var complete = true;
        foreach (var (alias, raw) in item.Values)
        {
            var property = type.FindProperty(alias)!;
            if (!DemoValueConverter.ReferencedKeys(property, raw).All(exists))
            {
                complete = false;
                continue;
            }
            foreach (var (culture, value) in DemoValueConverter.PerCulture(property, raw))
            {
                document.SetValue(property.Alias, await converter.ConvertAsync(item.Key, property, value, cancellationToken), culture);
            }
        }
        return complete;
    }

    private Task<OperationResult<ContentItem>> StoreAsync(ContentItem document, DemoItem item, CancellationToken cancellationToken) =>
        item.IsDraft
            ? content.SaveAsync(document, UserName, cancellationToken)
            : content.PublishAsync(document, item.Publish, UserName, cancellationToken);

    /// <summary>Checks, before anything is written, that every type, property and culture the data names exists.</summary>
    private async Task<IReadOnlyList<ValidationError>> CheckAsync(IReadOnlyList<DemoItem> items, CancellationToken cancellationToken)
    {
        var cultures = (await languages.GetAllAsync(cancellationToken)).Select(l => l.IsoCode).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var problems = new List<ValidationError>();
        foreach (var item in items)
        {
            var type = await contentTypes.GetAsync(item.Type, cancellationToken);
            if (type is null)
            {
                problems.Add(new ValidationError("type", null, $"Demo item {item.Key} needs the document type '{item.Type}', which is not installed."));
                continue;
            }
            foreach (var culture in item.Names.Keys.Concat(item.Publish).Where(c => !cultures.Contains(c)).Distinct())
            {
                problems.Add(new ValidationError("name", culture, $"Demo item {item.Key} is written in {culture}, which is not a language of this site."));
            }
            foreach (var (alias, raw) in item.Values)
            {
                var property = type.FindProperty(alias);
                if (property is null)
                {
                    problems.Add(new ValidationError(alias, null, $"Demo item {item.Key}: the type '{type.Alias}' has no property '{alias}'."));
                }
                else if (property.VariesByCulture && (raw.ValueKind != JsonValueKind.Object || raw.EnumerateObject().Any(c => !cultures.Contains(c.Name))))
                {
                    problems.Add(new ValidationError(alias, null, $"Demo item {item.Key}: '{alias}' varies by culture; give one value per site language."));
                }
            }
        }
        return problems;
    }

    private static OperationResult<DemoContentReport> Failed(DemoItem item, OperationResult result)
    {
        var details = string.Join("; ", result.Errors.Select(e => $"{e.Alias}{(e.Culture is null ? "" : $" ({e.Culture})")}: {e.Message}"));
        return new(result.Status, null, result.Errors,
            $"Demo item {item.Key} ({item.Type} '{item.Names.Values.FirstOrDefault()}') could not be stored: {result.Message} {details}".TrimEnd());
    }
}
