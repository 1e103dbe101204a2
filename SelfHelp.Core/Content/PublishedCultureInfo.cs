namespace SelfHelp.Core.Content;

/// <summary>When a culture of an item was published, and the URL segment it was published with.</summary>
public sealed record PublishedCultureInfo(DateTime PublishDate, string UrlSegment);
