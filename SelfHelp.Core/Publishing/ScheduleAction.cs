namespace SelfHelp.Core.Publishing;

/// <summary>What a schedule entry does when its time comes.</summary>
public enum ScheduleAction
{
    Publish,
    Unpublish,
}
