using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SelfHelp.Core.Notifications;
using SelfHelp.Core.Search.Indexing;
using SelfHelp.Core.Search.Querying;
using SelfHelp.Core.Startup;

namespace SelfHelp.Core.Search;

/// <summary>Registers search: the two Lucene indexes, their upkeep on content changes, and the query service.</summary>
public static class SearchBuilderExtensions
{
    public static IHostApplicationBuilder AddSearch(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SearchOptions>().Bind(builder.Configuration.GetSection(SearchOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton<IndexDocumentBuilder>();
        services.AddSingleton<SearchIndexes>();
        services.AddSingleton<IndexingQueue>();
        services.AddSingleton<EmbargoWatch>();
        services.AddSingleton<IIndexSource, ExternalIndexSource>();
        services.AddSingleton<IIndexSource, InternalIndexSource>();
        services.AddSingleton<IndexUpdater>();
        services.AddHostedService<IndexingWorker>();
        services.AddSingleton<IStartupStep, SearchIndexStartupStep>();
        services.AddSingleton<ISearchIndexRebuilder, SearchIndexRebuilder>();
        services.AddSingleton<ISearchReadiness, SearchReadiness>();
        services.AddSearchIndexNotificationHandlers();

        services.AddSingleton<TextQueryBuilder>();
        services.AddSingleton<SuggestionQueryBuilder>();
        services.AddSingleton<ISearchService, SearchService>();
        return builder;
    }

    private static void AddSearchIndexNotificationHandlers(this IServiceCollection services)
    {
        services.AddNotificationAsyncHandler<ContentPublishedNotification, SearchIndexNotificationHandler>();
        services.AddNotificationAsyncHandler<ContentUnpublishedNotification, SearchIndexNotificationHandler>();
        services.AddNotificationAsyncHandler<ContentSavedNotification, SearchIndexNotificationHandler>();
        services.AddNotificationAsyncHandler<ContentMovedNotification, SearchIndexNotificationHandler>();
        services.AddNotificationAsyncHandler<ContentMovedToRecycleBinNotification, SearchIndexNotificationHandler>();
        services.AddNotificationAsyncHandler<ContentDeletedNotification, SearchIndexNotificationHandler>();
        services.AddNotificationAsyncHandler<ContentTypeSavedNotification, SearchIndexNotificationHandler>();
        services.AddNotificationAsyncHandler<ContentTypeDeletedNotification, SearchIndexNotificationHandler>();
        services.AddNotificationAsyncHandler<LanguageSavedNotification, SearchIndexNotificationHandler>();
        services.AddNotificationAsyncHandler<LanguageDeletedNotification, SearchIndexNotificationHandler>();
    }
}
