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
}

internal sealed class PublicVisibility(IEnumerable<IPublicVisibilityRule> rules, TimeProvider clock) : IPublicVisibility
{
    public const string InternalGroupAlias = "internal";

    private readonly IPublicVisibilityRule[] _rules = rules.ToArray();

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
}
