using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OutputCaching;
using Scalar.AspNetCore;
using SelfHelp.Core.DeliveryApi;
using SelfHelp.Core.DeliveryApi.Access;
using SelfHelp.Core.Journal;
using SelfHelp.Core.Notifications;

namespace SelfHelp.Web.DeliveryApi;

/// <summary>Umbraco's Content Delivery API v2 over HTTP: <c>builder.AddDeliveryApi()</c> and <c>app.MapDeliveryApi()</c>.</summary>
public static class DeliveryApiBuilderExtensions
{
    public const string RoutePrefix = "/umbraco/delivery/api/v2";
    private const string ContentCachePolicy = "DeliveryApiContent";
    private const string MediaCachePolicy = "DeliveryApiMedia";

    public static IHostApplicationBuilder AddDeliveryApi(this IHostApplicationBuilder builder)
    {
        builder.AddDeliveryApiCore();
        var services = builder.Services;
        services.AddProblemDetails();
        services.AddOutputCache(options =>
        {
            options.AddPolicy(ContentCachePolicy, new DeliveryOutputCachePolicy(media: false));
            options.AddPolicy(MediaCachePolicy, new DeliveryOutputCachePolicy(media: true));
        });
        services.AddOpenApi(DeliveryApiOpenApi.DocumentName, DeliveryApiOpenApi.Configure);
        // Raised by the journal applier once the new snapshot is in place.
        services.AddNotificationAsyncHandler<PublishedCacheChanged, DeliveryOutputCacheEvictionHandler>();
        return builder;
    }

    public static IEndpointRouteBuilder MapDeliveryApi(this IEndpointRouteBuilder app)
    {
        var access = app.ServiceProvider.GetRequiredService<IDeliveryApiAccess>();
        var api = app.MapGroup(RoutePrefix).WithGroupName(DeliveryApiOpenApi.DocumentName);

        var content = api.MapGroup("content").WithTags("Content")
            .AddEndpointFilter(new DeliveryApiAccessFilter(access, media: false))
            .CacheOutput(ContentCachePolicy)
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(void)));
        content.MapContentEndpoints();

        var media = api.MapGroup("media").WithTags("Media")
            .AddEndpointFilter(new DeliveryApiAccessFilter(access, media: true))
            .CacheOutput(MediaCachePolicy)
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(void)));
        media.MapMediaEndpoints();

        app.MapOpenApi(DeliveryApiOpenApi.DocumentRoute);
        app.MapScalarApiReference(DeliveryApiOpenApi.ReferenceRoute, options => options
            .WithTitle("SelfHelp · Umbraco Delivery API")
            .WithOpenApiRoutePattern(DeliveryApiOpenApi.DocumentPattern)
            .AddDocument(DeliveryApiOpenApi.DocumentName));
        return app;
    }
}
