namespace SelfHelp.Core.Notifications;

/// <summary>Carries handler state from an "-ing" notification to its "-ed" twin, as Umbraco's stateful notifications do.</summary>
internal static class NotificationStateExtensions
{
    public static T WithStateFrom<T>(this T notification, ContentItemsNotification before) where T : ContentItemsNotification
    {
        notification.State = before.State;
        return notification;
    }
}
