using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Languages;
using Umbraco.Cms.Core.Notifications;

namespace SelfHelp.Core.Notifications;

/// <summary>After a content, element or media type was created or changed.</summary>
public sealed record ContentTypeSavedNotification(ContentType ContentType) : INotification;

/// <summary>After a content, element or media type was deleted.</summary>
public sealed record ContentTypeDeletedNotification(ContentType ContentType) : INotification;

/// <summary>After a data type was created or changed.</summary>
public sealed record DataTypeSavedNotification(DataType DataType) : INotification;

/// <summary>After a data type was deleted.</summary>
public sealed record DataTypeDeletedNotification(DataType DataType) : INotification;

/// <summary>After a language was created or changed.</summary>
public sealed record LanguageSavedNotification(Language Language) : INotification;

/// <summary>After a language was deleted.</summary>
public sealed record LanguageDeletedNotification(Language Language) : INotification;
