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

    /// <summary>The next moment <see cref="IsPublic"/> changes for the item without an edit (an embargo lifting); null if never.</summary>
    DateTime? ChangesAt(PublishedContent content, string culture) => null;
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

    public DateTime? ChangesAt(PublishedContent content, string culture)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return _rules.Select(rule => rule.ChangesAt(content, culture, now)).Where(at => at is not null).Min();
    }

    public bool IsPublicProperty(ContentType type, string propertyAlias) =>
        type.FindProperty(propertyAlias) is not { } property
        || !string.Equals(property.GroupAlias, InternalGroupAlias, StringComparison.OrdinalIgnoreCase);
}
