using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Dictionary;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Languages;
using SelfHelp.Core.Notifications;
using SelfHelp.Core.Startup;
using SelfHelp.Core.Sync.Handlers;

namespace SelfHelp.Core.Sync;

/// <summary>Registers uSync: configuration as files under <c>uSync/v17/</c>, imported at start-up and exported on save.</summary>
public static class USyncBuilderExtensions
{
    public static IHostApplicationBuilder AddUSync(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<USyncSettings>().Bind(builder.Configuration.GetSection(USyncSettings.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<USyncSettings>, USyncSettingsValidator>();

        services.AddSingleton<USyncFiles>();
        services.AddSingleton<SyncStateLoader>();
        services.AddSingleton<USyncImportScope>();
        services.AddSyncHandler<LanguageSyncHandler>();
        services.AddSyncHandler<DictionarySyncHandler>();
        services.AddSyncHandler<DataTypeSyncHandler>();
        services.AddSyncHandler<ContentTypeSyncHandler>();
        services.AddSyncHandler<MediaTypeSyncHandler>();
        services.AddSyncHandler<FormSyncHandler>();

        services.AddSingleton<IUSyncImporter, USyncImporter>();
        services.AddSingleton<IUSyncExporter, USyncExporter>();
        services.AddSingleton<IStartupStep, USyncImportStep>();

        services.AddNotificationAsyncHandler<LanguageSavedNotification, ExportOnSaveHandler>();
        services.AddNotificationAsyncHandler<LanguageDeletedNotification, ExportOnSaveHandler>();
        services.AddNotificationAsyncHandler<DictionaryItemSavedNotification, ExportOnSaveHandler>();
        services.AddNotificationAsyncHandler<DictionaryItemDeletedNotification, ExportOnSaveHandler>();
        services.AddNotificationAsyncHandler<DataTypeSavedNotification, ExportOnSaveHandler>();
        services.AddNotificationAsyncHandler<DataTypeDeletedNotification, ExportOnSaveHandler>();
        services.AddNotificationAsyncHandler<ContentTypeSavedNotification, ExportOnSaveHandler>();
        services.AddNotificationAsyncHandler<ContentTypeDeletedNotification, ExportOnSaveHandler>();
        services.AddNotificationAsyncHandler<FormSavedNotification, ExportOnSaveHandler>();
        services.AddNotificationAsyncHandler<FormDeletedNotification, ExportOnSaveHandler>();
        return builder;
    }

    // One instance serves both as an ISyncHandler (import, export all) and as the typed handler export-on-save looks for.
    private static void AddSyncHandler<THandler>(this IServiceCollection services) where THandler : class, ISyncHandler
    {
        services.AddSingleton<THandler>();
        services.AddSingleton<ISyncHandler>(sp => sp.GetRequiredService<THandler>());
    }
}
