using Umbraco.Cms.Core.Notifications;

namespace SelfHelp.Core.PublishedCache;

/// <summary>A live item that answered <see cref="OldRoute"/> in a culture now answers <see cref="NewRoute"/>.</summary>
public sealed record RouteChange(Guid ContentKey, string Culture, string OldRoute, string NewRoute);

/// <summary>After a refresh of the published cache changed the routes of live items (a rename or a move).</summary>
public sealed record PublishedRoutesChangedNotification(IReadOnlyList<RouteChange> Changes) : INotification;
