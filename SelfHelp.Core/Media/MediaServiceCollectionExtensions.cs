using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SelfHelp.Core.Notifications;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Media;

namespace SelfHelp.Core.Media;

/// <summary>Registers the media library: file storage, the media service, image URLs and file clean-up.</summary>
public static class MediaServiceCollectionExtensions
{
    public static IServiceCollection AddMediaServices(this IServiceCollection services)
    {
        services.AddOptions<GlobalSettings>().BindConfiguration("Umbraco:CMS:Global");
        services.AddOptions<ContentSettings>().BindConfiguration("Umbraco:CMS:Content");

        // A cloud store replaces this one registration.
        services.TryAddSingleton<IMediaFileStore, PhysicalMediaFileStore>();
        services.TryAddSingleton<IImageUrlGenerator, ImageSharpUrlGenerator>();
        services.AddSingleton<MediaPathScheme>();
        services.AddSingleton<MediaFileTypes>();
        services.AddSingleton<IMediaService, MediaService>();

        services.AddNotificationAsyncHandler<ContentSavingNotification, MediaFileCleanupHandler>();
        services.AddNotificationAsyncHandler<ContentSavedNotification, MediaFileCleanupHandler>();
        services.AddNotificationAsyncHandler<ContentDeletedNotification, MediaFileCleanupHandler>();
        return services;
    }
}
