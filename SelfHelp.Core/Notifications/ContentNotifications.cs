using SelfHelp.Core.Content;
using Umbraco.Cms.Core.Notifications;

namespace SelfHelp.Core.Notifications;

/// <summary>Base of notifications about one or more content or media items, published through Umbraco's IEventAggregator.</summary>
public abstract class ContentItemsNotification(IReadOnlyList<ContentItem> items) : IStatefulNotification
{
    public IReadOnlyList<ContentItem> Items { get; } = items;

    /// <summary>State a handler keeps between the "-ing" and "-ed" notification of one operation (Umbraco's pattern).</summary>
    public IDictionary<string, object?> State { get; set; } = new Dictionary<string, object?>();
}

/// <summary>Base of the "-ing" notifications: a handler can cancel the operation, with a message for the editor.</summary>
public abstract class CancelableContentNotification(IReadOnlyList<ContentItem> items)
    : ContentItemsNotification(items), ICancelableNotification
{
    public bool Cancel { get; set; }
    public string? CancelMessage { get; private set; }

    public void CancelOperation(string message)
    {
        Cancel = true;
        CancelMessage = message;
    }
}

/// <summary>Before a save; cancel to refuse it.</summary>
public sealed class ContentSavingNotification(IReadOnlyList<ContentItem> items) : CancelableContentNotification(items);

/// <summary>After a save is stored.</summary>
public sealed class ContentSavedNotification(IReadOnlyList<ContentItem> items) : ContentItemsNotification(items);

/// <summary>Before cultures of an item are published; cancel to refuse it.</summary>
public sealed class ContentPublishingNotification(IReadOnlyList<ContentItem> items, IReadOnlyList<string> cultures)
    : CancelableContentNotification(items)
{
    public IReadOnlyList<string> Cultures { get; } = cultures;
}

/// <summary>After cultures of an item are published and stored.</summary>
public sealed class ContentPublishedNotification(IReadOnlyList<ContentItem> items, IReadOnlyList<string> cultures)
    : ContentItemsNotification(items)
{
    public IReadOnlyList<string> Cultures { get; } = cultures;
}

/// <summary>Before cultures of an item are unpublished; cancel to refuse it.</summary>
public sealed class ContentUnpublishingNotification(IReadOnlyList<ContentItem> items, IReadOnlyList<string> cultures)
    : CancelableContentNotification(items)
{
    public IReadOnlyList<string> Cultures { get; } = cultures;
}

/// <summary>After cultures of an item are unpublished.</summary>
public sealed class ContentUnpublishedNotification(IReadOnlyList<ContentItem> items, IReadOnlyList<string> cultures)
    : ContentItemsNotification(items)
{
    public IReadOnlyList<string> Cultures { get; } = cultures;
}

/// <summary>Before an item moves (to a new parent or in sort order); cancel to refuse it.</summary>
public sealed class ContentMovingNotification(IReadOnlyList<ContentItem> items) : CancelableContentNotification(items);

/// <summary>After an item and its descendants moved, or siblings were sorted.</summary>
public sealed class ContentMovedNotification(IReadOnlyList<ContentItem> items) : ContentItemsNotification(items);

/// <summary>Before an item goes to the recycle bin; cancel to refuse it.</summary>
public sealed class ContentMovingToRecycleBinNotification(IReadOnlyList<ContentItem> items) : CancelableContentNotification(items);

/// <summary>After an item and its descendants went to the recycle bin.</summary>
public sealed class ContentMovedToRecycleBinNotification(IReadOnlyList<ContentItem> items) : ContentItemsNotification(items);

/// <summary>Before items are deleted for good; cancel to refuse it.</summary>
public sealed class ContentDeletingNotification(IReadOnlyList<ContentItem> items) : CancelableContentNotification(items);

/// <summary>After items were deleted for good.</summary>
public sealed class ContentDeletedNotification(IReadOnlyList<ContentItem> items) : ContentItemsNotification(items);
