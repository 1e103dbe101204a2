using System.Xml.Linq;
using SelfHelp.Core.Dictionary;
using Umbraco.Cms.Core.Strings;
using Umbraco.Extensions;

namespace SelfHelp.Core.Sync.Handlers;

/// <summary>Dictionary items: <c>Dictionary/topic.mentalhealth.config</c>, one per item key, parents named by their item key.</summary>
internal sealed class DictionarySyncHandler(IDictionaryService dictionary, IShortStringHelper shortStrings, USyncFiles files, SyncStateLoader stateLoader)
    : SyncHandlerBase<DictionaryItem>(files, stateLoader)
{
    public override string ItemType => "Dictionary";
    public override string Folder => "Dictionary";
    public override int Priority => SyncPriority.Dictionary;

    // uSync counts the dictionary as content, not settings.
    public override string Group => USyncGroups.Content;

    protected override DictionaryItem Deserialize(XElement node)
    {
        var item = new DictionaryItem { Key = node.KeyAttribute(), ItemKey = node.AliasAttribute() };
        foreach (var translation in node.Element("Translations")?.Elements("Translation") ?? [])
        {
            var language = translation.Attribute("Language")?.Value;
            if (string.IsNullOrWhiteSpace(language))
            {
                throw new USyncFormatException("a <Translation> has no Language attribute.");
            }
            if (!item.Translations.TryAdd(language, translation.Value))
            {
                throw new USyncFormatException($"there are two translations for {language}.");
            }
        }
        return item;
    }

    protected override IEnumerable<string> Prepare(DictionaryItem item, XElement node, SyncState planned)
    {
        var parentItemKey = node.Element("Info")?.OptionalText("Parent");
        if (parentItemKey is not null)
        {
            var parent = planned.FindDictionaryItem(parentItemKey);
            if (parent is null)
            {
                yield return $"the parent '{parentItemKey}' is not a dictionary item.";
            }
            item.ParentKey = parent?.Key;
        }
        foreach (var language in item.Translations.Keys)
        {
            if (!planned.Languages.Values.Any(l => string.Equals(l.IsoCode, language, StringComparison.OrdinalIgnoreCase)))
            {
                yield return $"the translation for '{language}' is for a language the site does not have.";
            }
        }
    }

    public override XElement Serialize(DictionaryItem item, SyncState state)
    {
        var parent = item.ParentKey is { } parentKey ? state.DictionaryItems.GetValueOrDefault(parentKey) : null;
        var info = new XElement("Info");
        if (parent is not null)
        {
            info.Add(new XElement("Parent", parent.ItemKey));
        }
        return new XElement("Dictionary",
            new XAttribute("Key", item.Key),
            new XAttribute("Alias", item.ItemKey),
            new XAttribute("Level", LevelOf(item, state)),
            info,
            new XElement("Translations", item.Translations
                .OrderBy(t => t.Key, StringComparer.OrdinalIgnoreCase)
                .Select(t => new XElement("Translation", new XAttribute("Language", t.Key), t.Value))));
    }

    protected override Guid KeyOf(DictionaryItem item) => item.Key;
    protected override string AliasOf(DictionaryItem item) => item.ItemKey;
    protected override string FileNameOf(DictionaryItem item) => item.ItemKey.ToSafeFileName(shortStrings);
    protected override Dictionary<Guid, DictionaryItem> ItemsIn(SyncState state) => state.DictionaryItems;

    protected override Task SaveAsync(DictionaryItem item, CancellationToken cancellationToken) => dictionary.SaveAsync(item, cancellationToken);

    protected override Task DeleteAsync(DictionaryItem item, CancellationToken cancellationToken) => dictionary.DeleteAsync(item.Key, cancellationToken);

    // Root items are level 0, their children 1, as uSync counts them; a cycle stops counting rather than looping.
    private static int LevelOf(DictionaryItem item, SyncState state)
    {
        var level = 0;
        var seen = new HashSet<Guid> { item.Key };
        while (item.ParentKey is { } parentKey && state.DictionaryItems.TryGetValue(parentKey, out var parent) && seen.Add(parent.Key))
        {
            level++;
            item = parent;
        }
        return level;
    }
}
