using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace SelfHelp.Core.Notifications;

/// <summary>Registers notification handlers the way Umbraco's builder does, for Umbraco's own EventAggregator.</summary>
public static class NotificationRegistration
{
    /// <summary>Adds Umbraco's <see cref="EventAggregator"/>, which resolves handlers from the container.</summary>
    public static IServiceCollection AddEventAggregator(this IServiceCollection services)
    {
        services.TryAddSingleton<ServiceFactory>(sp => type => sp.GetService(type)!);
        services.TryAddSingleton<IEventAggregator, EventAggregator>();
        return services;
    }

    /// <summary>Makes <typeparamref name="THandler"/> (a singleton registered elsewhere or here) handle <typeparamref name="TNotification"/>.</summary>
    public static IServiceCollection AddNotificationAsyncHandler<TNotification, THandler>(this IServiceCollection services)
        where TNotification : INotification
        where THandler : class, INotificationAsyncHandler<TNotification>
    {
        services.TryAddSingleton<THandler>();
        services.AddSingleton<INotificationAsyncHandler<TNotification>>(sp => sp.GetRequiredService<THandler>());
        return services;
    }
}
