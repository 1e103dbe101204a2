using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.Content;
using SelfHelp.Core.Notifications;
using SelfHelp.Core.Tests.Testing;
using Umbraco.Cms.Core.Events;
using static SelfHelp.Core.Tests.Testing.TestSchema;

namespace SelfHelp.Core.Tests.Content;

public sealed class NotificationTests : IAsyncLifetime
{
    private TestEngine _engine = null!;
    private readonly NotificationRecorder _recorder = new();

    public async Task InitializeAsync() => _engine = await TestEngine.StartAsync(configure: builder =>
    {
        builder.Services.AddSingleton(_recorder);
        builder.Services.AddNotificationAsyncHandler<ContentSavingNotification, NotificationRecorder>();
        builder.Services.AddNotificationAsyncHandler<ContentSavedNotification, NotificationRecorder>();
        builder.Services.AddNotificationAsyncHandler<ContentPublishingNotification, NotificationRecorder>();
        builder.Services.AddNotificationAsyncHandler<ContentPublishedNotification, NotificationRecorder>();
        builder.Services.AddNotificationAsyncHandler<ContentUnpublishedNotification, NotificationRecorder>();
        builder.Services.AddNotificationAsyncHandler<ContentMovedNotification, NotificationRecorder>();
        builder.Services.AddNotificationAsyncHandler<ContentMovingToRecycleBinNotification, NotificationRecorder>();
        builder.Services.AddNotificationAsyncHandler<ContentMovedToRecycleBinNotification, NotificationRecorder>();
        builder.Services.AddNotificationAsyncHandler<ContentDeletedNotification, NotificationRecorder>();
    });

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task Each_operation_raises_its_notifications_in_order()
    {
        var site = await _engine.PublishSiteAsync();
        var page = await _engine.SavePageAsync(site.Id, "Stories");
        var folder = await _engine.SavePageAsync(site.Id, "Archive");
        _recorder.Seen.Clear();

        await _engine.Content.PublishAsync(page, [English]);
        await _engine.Content.MoveAsync(page.Id, folder.Id);
        await _engine.Content.UnpublishAsync(page.Id);
        await _engine.Content.MoveToRecycleBinAsync(page.Id);
        await _engine.Content.DeleteAsync(page.Id);

        Assert.Equal(
        [
            "ContentPublishingNotification", "ContentSavedNotification", "ContentPublishedNotification",
            "ContentMovedNotification", "ContentUnpublishedNotification",
            "ContentMovingToRecycleBinNotification", "ContentMovedToRecycleBinNotification", "ContentDeletedNotification",
        ], _recorder.Seen);
    }

    [Fact]
    public async Task A_handler_cancelling_a_save_stops_it_and_its_message_reaches_the_editor()
    {
        var site = await _engine.PublishSiteAsync();
        var page = await _engine.SavePageAsync(site.Id, "Stories");
        _recorder.CancelSavingWith = "Saving is paused for maintenance.";

        page.SetValue("title", "Changed", English);
        var result = await _engine.Content.SaveAsync(page);

        Assert.Equal(OperationStatus.CancelledByHandler, result.Status);
        Assert.Equal("Saving is paused for maintenance.", result.Message);
        Assert.Equal("Stories title", (await _engine.Content.GetAsync(page.Id))!.GetValue<string>("title", English));
        Assert.DoesNotContain("ContentSavedNotification", _recorder.Seen.Skip(_recorder.Seen.LastIndexOf("ContentSavingNotification")));
    }

    [Fact]
    public async Task A_handler_cancelling_a_publish_leaves_nothing_live()
    {
        var site = await _engine.PublishSiteAsync();
        var page = await _engine.SavePageAsync(site.Id, "Stories");
        _recorder.CancelPublishing = true;

        var result = await _engine.Content.PublishAsync(page, [English]);

        Assert.Equal(OperationStatus.CancelledByHandler, result.Status);
        Assert.Null(_engine.Cache.Current.GetByKey(page.Key));
        Assert.False((await _engine.Content.GetAsync(page.Id))!.IsPublished(English));
    }

    [Fact]
    public async Task A_handler_cancelling_a_trash_keeps_the_item_live()
    {
        var site = await _engine.PublishSiteAsync();
        var page = TestEngine.Succeeded(await _engine.Content.PublishAsync(await _engine.SavePageAsync(site.Id, "Stories"), [English]));
        _recorder.CancelTrash = true;

        var result = await _engine.Content.MoveToRecycleBinAsync(page.Id);

        Assert.Equal(OperationStatus.CancelledByHandler, result.Status);
        Assert.NotNull(_engine.Cache.Current.GetByKey(page.Key));
    }

    [Fact]
    public async Task The_event_aggregator_is_umbracos_own()
    {
        Assert.IsType<EventAggregator>(_engine.Services.GetRequiredService<IEventAggregator>());
        await Task.CompletedTask;
    }

    private sealed class NotificationRecorder :
        INotificationAsyncHandler<ContentSavingNotification>,
        INotificationAsyncHandler<ContentSavedNotification>,
        INotificationAsyncHandler<ContentPublishingNotification>,
        INotificationAsyncHandler<ContentPublishedNotification>,
        INotificationAsyncHandler<ContentUnpublishedNotification>,
        INotificationAsyncHandler<ContentMovedNotification>,
        INotificationAsyncHandler<ContentMovingToRecycleBinNotification>,
        INotificationAsyncHandler<ContentMovedToRecycleBinNotification>,
        INotificationAsyncHandler<ContentDeletedNotification>
    {
        public List<string> Seen { get; } = [];
        public string? CancelSavingWith { get; set; }
        public bool CancelPublishing { get; set; }
        public bool CancelTrash { get; set; }

        public Task HandleAsync(ContentSavingNotification notification, CancellationToken cancellationToken)
        {
            if (CancelSavingWith is not null)
            {
                notification.CancelOperation(CancelSavingWith);
            }
            return Record(notification);
        }

        public Task HandleAsync(ContentPublishingNotification notification, CancellationToken cancellationToken)
        {
            if (CancelPublishing)
            {
                notification.CancelOperation("Not yet.");
            }
            return Record(notification);
        }

        public Task HandleAsync(ContentMovingToRecycleBinNotification notification, CancellationToken cancellationToken)
        {
            if (CancelTrash)
            {
                notification.CancelOperation("Keep it.");
            }
            return Record(notification);
        }

        public Task HandleAsync(ContentSavedNotification notification, CancellationToken cancellationToken) => Record(notification);
        public Task HandleAsync(ContentPublishedNotification notification, CancellationToken cancellationToken) => Record(notification);
        public Task HandleAsync(ContentUnpublishedNotification notification, CancellationToken cancellationToken) => Record(notification);
        public Task HandleAsync(ContentMovedNotification notification, CancellationToken cancellationToken) => Record(notification);
        public Task HandleAsync(ContentMovedToRecycleBinNotification notification, CancellationToken cancellationToken) => Record(notification);
        public Task HandleAsync(ContentDeletedNotification notification, CancellationToken cancellationToken) => Record(notification);

        private Task Record(object notification)
        {
            Seen.Add(notification.GetType().Name);
            return Task.CompletedTask;
        }
    }
}
