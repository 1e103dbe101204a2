using Microsoft.Extensions.DependencyInjection;

namespace SelfHelp.Core.Tests.Testing;

/// <summary>Wraps the engine's registration of a service, so a test can observe the real implementation at work.</summary>
public static class ServiceDecoration
{
    public static IServiceCollection Decorate<TService>(this IServiceCollection services, Func<TService, IServiceProvider, TService> decorate)
        where TService : class
    {
        var registered = services.Last(d => d.ServiceType == typeof(TService));
        services.Remove(registered);
        services.Add(new ServiceDescriptor(typeof(TService), provider => decorate(Create<TService>(registered, provider), provider), registered.Lifetime));
        return services;
    }

    private static TService Create<TService>(ServiceDescriptor registered, IServiceProvider provider) where TService : class =>
        (TService)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!));
}
