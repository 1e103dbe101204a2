using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SelfHelp.Core.Audit;
using SelfHelp.Core.Content;
using SelfHelp.Core.Content.Nodes;
using SelfHelp.Core.Content.Validation;
using SelfHelp.Core.ContentTypes;
using SelfHelp.Core.Dictionary;
using SelfHelp.Core.Forms.Definitions;
using SelfHelp.Core.Journal;
using SelfHelp.Core.Languages;
using SelfHelp.Core.Media;
using SelfHelp.Core.Notifications;
using SelfHelp.Core.Persistence;
using SelfHelp.Core.PropertyEditors;
using SelfHelp.Core.PublishedCache;
using SelfHelp.Core.Publishing;
using SelfHelp.Core.Redirects;
using SelfHelp.Core.Startup;
using SelfHelp.Core.Visibility;
using SelfHelp.Core.Vocabulary;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Strings;

namespace SelfHelp.Core;

/// <summary>Registers the content engine: storage, types, content, media, publishing, the published cache and redirects.</summary>
public static class SelfHelpCoreBuilderExtensions
{
    public static IHostApplicationBuilder AddSelfHelpCore(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddOptions<DatabaseOptions>()
            .Configure(o =>
            {
                o.ConnectionString = configuration.GetConnectionString("umbracoDbDSN") ?? DatabaseOptions.DefaultSqliteConnectionString;
                o.ProviderName = configuration.GetConnectionString("umbracoDbDSN_ProviderName") ?? DatabaseOptions.SqliteProvider;
                o.DataDirectory = Path.Combine(builder.Environment.ContentRootPath, "App_Data");
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IDbContextFactory<SelfHelpDbContext>, SelfHelpDbContextFactory>();

        services.AddOptions<RequestHandlerSettings>().Bind(configuration.GetSection("Umbraco:CMS:RequestHandler"));
        services.AddSingleton<IShortStringHelper>(sp => new DefaultShortStringHelper(sp.GetRequiredService<IOptions<RequestHandlerSettings>>()));
        services.AddSingleton(TimeProvider.System);
        services.AddEventAggregator();
        services.AddChangeJournal(configuration);

        services.AddSingleton<ILanguageService, LanguageService>();
        services.AddSingleton<IDataTypeService, DataTypeService>();
        services.AddSingleton<IContentTypeService, ContentTypeService>();
        services.AddSingleton<IDictionaryService, DictionaryService>();
        services.AddSingleton<IFormService, FormService>();
        services.AddSingleton<SelfHelp.Core.Forms.Localisation.IFormTextProvider, SelfHelp.Core.Forms.Localisation.FormTextProvider>();
        services.AddSingleton<IAuditService, AuditService>();
        builder.AddVocabulary();

        services.AddPropertyEditors();
        services.AddSingleton<IContentLookup, ContentLookup>();
        services.AddSingleton<ContentValidator>();
        services.AddSingleton<NodeWriteLock>();
        services.AddSingleton<IContentService, ContentService>();
        services.AddMediaServices();

        services.AddSingleton<PublishedSnapshotBuilder>();
        services.AddSingleton<IPublishedContentCache, PublishedContentCache>();
        services.AddSingleton<RedirectUrlService>();
        services.AddSingleton<IRedirectUrlService>(sp => sp.GetRequiredService<RedirectUrlService>());
        services.AddNotificationAsyncHandler<PublishedRoutesChangedNotification, RedirectUrlService>();

        services.AddSingleton<IPublicVisibilityRule, StoryConsentRule>();
        services.AddSingleton<IPublicVisibilityRule, EmbargoRule>();
        services.AddSingleton<IPublicValueRule, AnonymisedStoryRule>();
        services.AddSingleton<IPublicVisibility, PublicVisibility>();

        services.AddOptions<ScheduledPublishingOptions>().Bind(configuration.GetSection("SelfHelp:ScheduledPublishing"));
        services.AddSingleton<IScheduledPublisher, ScheduledPublisher>();
        services.AddSingleton<IUpcomingSchedules, UpcomingSchedules>();
        services.AddHostedService<ScheduledPublishingService>();

        services.AddSingleton<IStartupStep, DatabaseMigrationStep>();
        services.AddSingleton<IStartupStep, PublishedCacheStep>();
        // The start-up runner goes first among hosted services, so nothing serves before storage and cache are ready.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, StartupRunner>());
        return builder;
    }
}
