using SelfHelp.Core.ContentTypes;

namespace SelfHelp.Web.ManagementApi.ContentTypes;

/// <summary>What still uses a document or media type: items of it, types allowing or composing it, block editors listing it.</summary>
internal static class ContentTypeUse
{
    /// <summary>A sentence naming the uses, or null when nothing uses the type.</summary>
    public static async Task<string?> DescribeAsync(ContentType type, IContentTypeService contentTypes, IDataTypeService dataTypes, CancellationToken cancellationToken)
    {
        var uses = new List<string>();
        var items = await contentTypes.CountItemsAsync(type.Alias, cancellationToken);
        if (items > 0)
        {
            uses.Add(TypeText.Pick($"{items} item(s) are of this type", $"有 {items} 個項目屬於此類型"));
        }
        var types = (await contentTypes.GetAllAsync(cancellationToken))
            .Where(t => t.Key != type.Key
                && (t.AllowedChildren.Any(c => c.Key == type.Key || string.Equals(c.Alias, type.Alias, StringComparison.OrdinalIgnoreCase))
                    || t.Compositions.Contains(type.Alias, StringComparer.OrdinalIgnoreCase)))
            .Select(t => t.Name).ToList();
        if (types.Count > 0)
        {
            uses.Add(TypeText.Pick($"the types {string.Join(", ", types)} allow or compose it", $"類型 {string.Join("、", types)} 允許或組合了此類型"));
        }
        // Block editors name their element types by key inside their configuration.
        var blocks = (await dataTypes.GetAllAsync(cancellationToken))
            .Where(d => d.ConfigurationJson.Contains(type.Key.ToString(), StringComparison.OrdinalIgnoreCase)).Select(d => d.Name).ToList();
        if (blocks.Count > 0)
        {
            uses.Add(TypeText.Pick($"the data types {string.Join(", ", blocks)} use it", $"資料類型 {string.Join("、", blocks)} 正在使用此類型"));
        }
        return uses.Count == 0 ? null : string.Join(TypeText.Pick("; ", "；"), uses) + TypeText.Pick(".", "。");
    }
}
