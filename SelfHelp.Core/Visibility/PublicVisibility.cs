using System.Runtime.CompilerServices;
using SelfHelp.Core.Content;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.PublishedCache;

namespace SelfHelp.Core.Visibility;

/// <summary>Decides what of the published content the public may see: which items, and which of their properties.</summary>
public interface IPublicVisibility
{
    /// <summary>True when the item is visible in the culture and no rule holds it back now.</summary>
    bool IsPublic(PublishedContent content, string culture);

    /// <summary>False for properties staff keep internal: those in a group or tab aliased <c>internal</c> (a story's release form).</summary>
    bool IsPublicProperty(ContentType type, string propertyAlias);

    /// <summary>
    /// For an item visible in the culture but held back only by rules that lift at a known moment (an embargo), the
    /// moment it becomes public; null when it is public now or no time is known. Lets indexes and caches wake then.
    /// </summary>
    DateTime? BecomesPublicAt(PublishedContent content, string culture) => null;

    /// <summary>
    /// The item's published names and values as the public may see them: no internal property, and every
    /// <see cref="IPublicValueRule"/> applied (names hidden in an anonymised story). Every public channel reads values here.
    /// </summary>
    ContentData PublicData(PublishedContent content, ContentType type);

    /// <summary>One value of <see cref="PublicData"/>: in the culture, or the invariant one for a property that does not vary.</summary>
    System.Text.Json.JsonElement? PublicValue(PublishedContent content, ContentType type, string propertyAlias, string culture)
    {
        var data = PublicData(content, type);
        return data.GetValue(propertyAlias, content.VariesByCulture ? culture : null) ?? data.GetValue(propertyAlias, null);
    }

    /// <summary>
    /// False for a media item staff keep private: its media type, or the type of a folder above it, has a group aliased
    /// <c>internal</c> (a release form, a private folder), or a published document picks it in an internal property.
    /// Media nothing references are public otherwise, as in Umbraco.
    /// </summary>
    bool IsPublicMedia(PublishedContent media, PublishedSnapshot snapshot, Func<string, ContentType?> typeOf);
}

internal sealed class PublicVisibility(IEnumerable<IPublicVisibilityRule> rules, IEnumerable<IPublicValueRule> valueRules, TimeProvider clock)
    : IPublicVisibility
{
    public const string InternalGroupAlias = "internal";

    private readonly IPublicVisibilityRule[] _rules = rules.ToArray();
    private readonly IPublicValueRule[] _valueRules = valueRules.ToArray();

    // Published items and snapshots are immutable, so what is derived from them is kept as long as they live.
    private readonly ConditionalWeakTable<PublishedContent, PublicDataEntry> _publicData = new();
    private readonly ConditionalWeakTable<PublishedSnapshot, HashSet<Guid>> _internallyPicked = new();

    private sealed record PublicDataEntry(ContentType Type, ContentData Data);

    public bool IsPublic(PublishedContent content, string culture)
    {
        if (!content.IsVisibleIn(culture))
        {
            return false;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        return _rules.All(rule => rule.IsPublic(content, culture, now));
    }

    public DateTime? BecomesPublicAt(PublishedContent content, string culture)
    {
        if (!content.IsVisibleIn(culture))
        {
            return null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        DateTime? latest = null;
        foreach (var rule in _rules.Where(r => !r.IsPublic(content, culture, now)))
        {
            if (rule.HiddenUntil(content, culture, now) is not { } until)
            {
                return null;
            }
            latest = latest is { } l && l > until ? l : until;
        }
        return latest;
    }

    public bool IsPublicProperty(ContentType type, string propertyAlias) =>
        type.FindProperty(propertyAlias) is not { } property
        || !string.Equals(property.GroupAlias, InternalGroupAlias, StringComparison.OrdinalIgnoreCase);

    public ContentData PublicData(PublishedContent content, ContentType type)
    {
        if (_publicData.TryGetValue(content, out var cached) && ReferenceEquals(cached.Type, type))
        {
            return cached.Data;
        }
        var source = content.Node.Data;
        var data = new ContentData { Names = new(source.Names, StringComparer.OrdinalIgnoreCase) };
        foreach (var (alias, byCulture) in source.Properties)
        {
            if (IsPublicProperty(type, alias))
            {
                data.Properties[alias] = new(byCulture, StringComparer.OrdinalIgnoreCase);
            }
        }
        foreach (var rule in _valueRules)
        {
            rule.Apply(content, type, data);
        }
        _publicData.AddOrUpdate(content, new PublicDataEntry(type, data));
        return data;
    }

    public bool IsPublicMedia(PublishedContent media, PublishedSnapshot snapshot, Func<string, ContentType?> typeOf)
    {
        foreach (var id in media.Path.Split(',').Select(part => int.TryParse(part, out var id) ? id : ContentItem.RootId))
        {
            var node = id == media.Id ? media : snapshot.GetById(id);
            if (node is not null && typeOf(node.ContentTypeAlias) is { } type && IsInternalType(type))
            {
                return false;
            }
        }
        return !_internallyPicked.GetValue(snapshot, s => InternallyPicked(s, typeOf)).Contains(media.Key);
    }

    private static bool IsInternalType(ContentType type) =>
        type.Groups.Any(g => string.Equals(g.Alias, InternalGroupAlias, StringComparison.OrdinalIgnoreCase));

    // Every key found in an internal property of a published document: what staff picked there is private too.
    private HashSet<Guid> InternallyPicked(PublishedSnapshot snapshot, Func<string, ContentType?> typeOf)
    {
        var keys = new HashSet<Guid>();
        foreach (var content in snapshot.All.Where(c => c.ObjectType == NodeObjectType.Document))
        {
            if (typeOf(content.ContentTypeAlias) is not { } type)
            {
                continue;
            }
            foreach (var (alias, byCulture) in content.Node.Data.Properties)
            {
                if (!IsPublicProperty(type, alias))
                {
                    foreach (var value in byCulture.Values)
                    {
                        PickedKeys.Collect(value, keys);
                    }
                }
            }
        }
        return keys;
    }
}
