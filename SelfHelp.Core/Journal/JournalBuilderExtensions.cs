using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SelfHelp.Core.Journal;

/// <summary>Registers the change journal, its applier on this node and the configuration writes that feed it.</summary>
public static class JournalBuilderExtensions
{
    public static IServiceCollection AddChangeJournal(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JournalOptions>().Bind(configuration.GetSection(JournalOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ChangeJournal>();
        services.AddSingleton<JournalApplier>();
        services.AddSingleton<ConfigurationCaches>();
        services.AddSingleton<ConfigurationWriter>();
        services.AddHostedService<JournalSyncService>();
        return services;
    }
}
