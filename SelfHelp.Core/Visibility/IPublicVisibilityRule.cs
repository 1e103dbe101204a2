using SelfHelp.Core.PublishedCache;

namespace SelfHelp.Core.Visibility;

/// <summary>
/// One reason a published item must still stay out of public channels (the Delivery API, the external search index,
/// the public site). Add a small class to add a rule; every public channel asks <see cref="IPublicVisibility"/>.
/// </summary>
public interface IPublicVisibilityRule
{
    /// <summary>Returns false when the item must not be shown to the public in this culture at this time.</summary>
    bool IsPublic(PublishedContent content, string culture, DateTime nowUtc);

    /// <summary>When the rule holds the item back only until a known moment (an embargo), that moment; otherwise null.</summary>
    DateTime? HiddenUntil(PublishedContent content, string culture, DateTime nowUtc) => null;
}

/// <summary>A story is public only once its narrator's consent is recorded as given (withdrawn consent hides it again).</summary>
internal sealed class StoryConsentRule : IPublicVisibilityRule
{
    public bool IsPublic(PublishedContent content, string culture, DateTime nowUtc) =>
        content.ContentTypeAlias != "story"
        || content.GetStrings("consentStatus", culture) is ["given"];
}

/// <summary>An item with an <c>embargoUntil</c> date is hidden until that moment passes.</summary>
internal sealed class EmbargoRule : IPublicVisibilityRule
{
    public bool IsPublic(PublishedContent content, string culture, DateTime nowUtc) =>
        content.GetDateTime("embargoUntil", culture) is not { } until || until <= nowUtc;

    public DateTime? HiddenUntil(PublishedContent content, string culture, DateTime nowUtc) =>
        content.GetDateTime("embargoUntil", culture) is { } until && until > nowUtc ? until : null;
}
