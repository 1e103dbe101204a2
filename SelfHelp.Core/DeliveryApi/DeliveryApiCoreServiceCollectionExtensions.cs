using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SelfHelp.Core.DeliveryApi.Access;
using SelfHelp.Core.DeliveryApi.Indexing;
using SelfHelp.Core.DeliveryApi.Indexing.Fields;
using SelfHelp.Core.DeliveryApi.Querying;
using SelfHelp.Core.DeliveryApi.Querying.Filters;
using SelfHelp.Core.DeliveryApi.Querying.Selectors;
using SelfHelp.Core.DeliveryApi.Querying.Sorts;
using SelfHelp.Core.DeliveryApi.Reading;
using SelfHelp.Core.DeliveryApi.Rendering;
using SelfHelp.Core.Journal;
using SelfHelp.Core.Notifications;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.DeliveryApi;

namespace SelfHelp.Core.DeliveryApi;

/// <summary>Registers the Delivery API engine (no HTTP): settings, query handlers, index fields, the renderer and readers.</summary>
public static class DeliveryApiCoreServiceCollectionExtensions
{
    public const string SettingsSection = "Umbraco:CMS:DeliveryApi";

    public static IHostApplicationBuilder AddDeliveryApiCore(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DeliveryApiSettings>().Bind(builder.Configuration.GetSection(SettingsSection));
        services.AddOptions<DeliveryApiOutputSettings>().Bind(builder.Configuration.GetSection(SettingsSection))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IDeliveryApiAccess, DeliveryApiAccess>();

        services.AddSingleton<DeliverySchemaSource>();
        services.AddSingleton<IDeliverySchemaSource>(sp => sp.GetRequiredService<DeliverySchemaSource>());
        services.AddNotificationAsyncHandler<PublishedCacheChanged, DeliverySchemaSource>();

        services.AddQueryHandlers();
        services.AddIndexFieldProviders();

        services.AddSingleton<DeliveryContentRenderer>();
        services.AddSingleton<IDeliveryContentRenderer>(sp => sp.GetRequiredService<DeliveryContentRenderer>());
        services.AddSingleton<DeliveryJsonCache>();
        services.AddSingleton<DeliveryApiContentIndexBuilder>();
        services.AddSingleton<DeliveryApiContentIndexCache>();
        services.AddSingleton<DraftContent>();
        services.AddSingleton<IDeliveryRequestFactory, DeliveryRequestFactory>();
        services.AddSingleton<IDeliveryContentReader, DeliveryContentReader>();
        services.AddSingleton<IDeliveryMediaReader, DeliveryMediaReader>();
        return builder;
    }

    // Collected explicitly, in Umbraco's order: the first handler that can handle an option builds it.
    private static void AddQueryHandlers(this IServiceCollection services)
    {
        services.AddSingleton<IDeliveryQueryContextAccessor, DeliveryQueryContextAccessor>();
        services.AddSingleton<IContentReferenceResolver, ContentReferenceResolver>();
        services.AddSingleton<DeliveryQueryParser>();

        services.AddSingleton<ISelectorHandler, AncestorsSelector>();
        services.AddSingleton<ISelectorHandler, ChildrenSelector>();
        services.AddSingleton<ISelectorHandler, DescendantsSelector>();

        services.AddSingleton<IFilterHandler, ContentTypeFilter>();
        services.AddSingleton<IFilterHandler, NameFilter>();
        services.AddSingleton<IFilterHandler, CreateDateFilter>();
        services.AddSingleton<IFilterHandler, UpdateDateFilter>();
        services.AddSingleton<IFilterHandler, FacetFilter>();
        services.AddSingleton<IFilterHandler, StartsAtFilter>();

        services.AddSingleton<ISortHandler, CreateDateSort>();
        services.AddSingleton<ISortHandler, LevelSort>();
        services.AddSingleton<ISortHandler, NameSort>();
        services.AddSingleton<ISortHandler, SortOrderSort>();
        services.AddSingleton<ISortHandler, UpdateDateSort>();
        services.AddSingleton<ISortHandler, StartsAtSort>();
    }

    private static void AddIndexFieldProviders(this IServiceCollection services)
    {
        services.AddSingleton<IContentIndexFieldProvider, ItemFieldProvider>();
        services.AddSingleton<IContentIndexFieldProvider, TreeFieldProvider>();
        services.AddSingleton<IContentIndexFieldProvider, ContentTypeFieldProvider>();
        services.AddSingleton<IContentIndexFieldProvider, NameFieldProvider>();
        services.AddSingleton<IContentIndexFieldProvider, DateFieldProvider>();
        services.AddSingleton<IContentIndexFieldProvider, FacetFieldProvider>();
        services.AddSingleton<IContentIndexFieldProvider, StartsAtFieldProvider>();
    }

}
