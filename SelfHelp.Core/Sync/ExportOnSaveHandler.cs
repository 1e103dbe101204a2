using Microsoft.Extensions.Options;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Dictionary;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Languages;
using SelfHelp.Core.Notifications;
using Umbraco.Cms.Core.Events;

namespace SelfHelp.Core.Sync;

/// <summary>Writes an item back to its uSync file when it is saved or deleted through the engine (uSync's ExportOnSave).</summary>
internal sealed class ExportOnSaveHandler(IEnumerable<ISyncHandler> handlers, USyncImportScope scope, IOptionsMonitor<USyncSettings> settings) :
    INotificationAsyncHandler<LanguageSavedNotification>,
    INotificationAsyncHandler<LanguageDeletedNotification>,
    INotificationAsyncHandler<DictionaryItemSavedNotification>,
    INotificationAsyncHandler<DictionaryItemDeletedNotification>,
    INotificationAsyncHandler<DataTypeSavedNotification>,
    INotificationAsyncHandler<DataTypeDeletedNotification>,
    INotificationAsyncHandler<ContentTypeSavedNotification>,
    INotificationAsyncHandler<ContentTypeDeletedNotification>,
    INotificationAsyncHandler<FormSavedNotification>,
    INotificationAsyncHandler<FormDeletedNotification>
{
    public Task HandleAsync(LanguageSavedNotification notification, CancellationToken cancellationToken) =>
        Export(notification.Language, deleted: false, cancellationToken);

    public Task HandleAsync(LanguageDeletedNotification notification, CancellationToken cancellationToken) =>
        Export(notification.Language, deleted: true, cancellationToken);

    public Task HandleAsync(DictionaryItemSavedNotification notification, CancellationToken cancellationToken) =>
        Export(notification.DictionaryItem, deleted: false, cancellationToken);

    public Task HandleAsync(DictionaryItemDeletedNotification notification, CancellationToken cancellationToken) =>
        Export(notification.DictionaryItem, deleted: true, cancellationToken);

    public Task HandleAsync(DataTypeSavedNotification notification, CancellationToken cancellationToken) =>
        Export(notification.DataType, deleted: false, cancellationToken);

    public Task HandleAsync(DataTypeDeletedNotification notification, CancellationToken cancellationToken) =>
        Export(notification.DataType, deleted: true, cancellationToken);

    public Task HandleAsync(ContentTypeSavedNotification notification, CancellationToken cancellationToken) =>
        Export(notification.ContentType, deleted: false, cancellationToken);

    public Task HandleAsync(ContentTypeDeletedNotification notification, CancellationToken cancellationToken) =>
        Export(notification.ContentType, deleted: true, cancellationToken);

    public Task HandleAsync(FormSavedNotification notification, CancellationToken cancellationToken) =>
        Export(notification.Form, deleted: false, cancellationToken);

    public Task HandleAsync(FormDeletedNotification notification, CancellationToken cancellationToken) =>
        Export(notification.Form, deleted: true, cancellationToken);

    private Task Export<TModel>(TModel item, bool deleted, CancellationToken cancellationToken)
    {
        var handler = handlers.OfType<ISyncHandler<TModel>>().FirstOrDefault(h => h.Handles(item));
        if (handler is null || scope.IsImporting || !USyncSettings.Includes(settings.CurrentValue.ExportOnSave, handler.Group))
        {
            return Task.CompletedTask;
        }
        return deleted ? handler.ExportDeletedAsync(item, cancellationToken) : handler.ExportAsync(item, cancellationToken);
    }
}
