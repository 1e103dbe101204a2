using Umbraco.Cms.Core.Notifications;

namespace SelfHelp.Core.Dictionary;

/// <summary>After a dictionary item was created or changed.</summary>
public sealed record DictionaryItemSavedNotification(DictionaryItem DictionaryItem) : INotification;

/// <summary>After a dictionary item was deleted.</summary>
public sealed record DictionaryItemDeletedNotification(DictionaryItem DictionaryItem) : INotification;
