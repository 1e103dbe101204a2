using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SelfHelp.Core.Journal;
using SelfHelp.Core.Notifications;
using SelfHelp.Core.Search.Indexing;
using SelfHelp.Core.Search.Querying;
using SelfHelp.Core.Startup;

namespace SelfHelp.Core.Search;

/// <summary>Registers search: the two Lucene indexes, their upkeep from the change journal, and the query service.</summary>
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
        services.AddNotificationAsyncHandler<PublishedCacheChanged, SearchIndexJournalHandler>();

        services.AddSingleton<TextQueryBuilder>();
        services.AddSingleton<SuggestionQueryBuilder>();
        services.AddSingleton<ISearchService, SearchService>();
        return builder;
    }
}
