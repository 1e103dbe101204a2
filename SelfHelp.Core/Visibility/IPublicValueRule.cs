using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.PublishedCache;

namespace SelfHelp.Core.Visibility;

/// <summary>
/// One way a published item's values change before the public sees them (names hidden in an anonymised story). Rules
/// run on a copy that already lacks internal properties; every public channel reads that copy through
/// <see cref="IPublicVisibility.PublicData"/>.
/// </summary>
public interface IPublicValueRule
{
    /// <summary>Changes <paramref name="publicData"/> in place; <paramref name="content"/> still holds every published value.</summary>
    void Apply(PublishedContent content, ContentType type, Content.ContentData publicData);
}
