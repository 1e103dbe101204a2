using SelfHelp.Web.ManagementApi.Security;
using Umbraco.Cms.Core.Configuration.Models;

namespace SelfHelp.Web.ManagementApi.Media;

/// <summary>
/// The Management API's media operations and back office uploads. Reads, creating and editing are open to the Media
/// section and to the Content section (its pickers browse and upload media, as Umbraco's
/// <c>SectionAccessForMediaTree</c>); moving, sorting and the recycle bin need the Media section. Start nodes and
/// internal media are checked in each operation by <see cref="MediaAccess"/>.
/// </summary>
public static class MediaEndpoints
{
    public static IServiceCollection AddMediaManagement(this IServiceCollection services)
    {
        // Umbraco keeps uploads a day; ours hold photos of people, so an hour unless configured.
        services.AddOptions<RuntimeSettings>()
            .Configure(settings => settings.TemporaryFileLifeTime = TimeSpan.FromHours(1))
            .BindConfiguration("Umbraco:CMS:Runtime");
        services.AddScoped<MediaAccess>();
        services.AddScoped<MediaPresentationFactory>();
        services.AddSingleton<TemporaryFileStore>();
        return services;
    }

    public static RouteGroupBuilder MapMediaEndpoints(this RouteGroupBuilder v1)
    {
        v1.MapGroup("tree/media").WithTags("Media").RequireAuthorization(BackOfficePolicies.SectionAccessContentOrMedia).MapMediaTreeEndpoints();
        var reads = v1.MapGroup("").WithTags("Media").RequireAuthorization(BackOfficePolicies.SectionAccessContentOrMedia);
        reads.MapMediaItemEndpoints();
        reads.MapMediaSearchEndpoints();
        var editing = v1.MapGroup("media").WithTags("Media").RequireAuthorization(BackOfficePolicies.SectionAccessContentOrMedia);
        editing.MapMediaEditingEndpoints();
        editing.MapMediaValidationEndpoints();
        v1.MapGroup("media").WithTags("Media").RequireAuthorization(BackOfficePolicies.SectionAccessMedia).MapMediaStructureEndpoints();
        v1.MapGroup("collection/media").WithTags("Media").RequireAuthorization(BackOfficePolicies.SectionAccessContentOrMedia).MapMediaCollectionEndpoints();
        v1.MapGroup("recycle-bin/media").WithTags("Media").RequireAuthorization(BackOfficePolicies.SectionAccessMedia).MapMediaRecycleBinEndpoints();
        v1.MapGroup("temporary-file").WithTags("Temporary File").MapTemporaryFileEndpoints();
        return v1;
    }
}
