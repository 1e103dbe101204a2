using Microsoft.AspNetCore.Http.HttpResults;

namespace SelfHelp.Web.ManagementApi.Manifests;

/// <summary>
/// <c>manifest/manifest</c> (every package), <c>/public</c> (anonymous: what the client may load before sign-in) and
/// <c>/private</c>: the packages of back office extensions the client registers at boot.
/// </summary>
public static class ManifestEndpoints
{
    public static IServiceCollection AddManifests(this IServiceCollection services) => services.AddSingleton<BackOfficePackages>();

    public static RouteGroupBuilder MapManifestEndpoints(this RouteGroupBuilder v1)
    {
        v1.MapGet("manifest/manifest", All).WithName("GetManifestManifest").WithTags("Manifest");
        v1.MapGet("manifest/manifest/public", Public).WithName("GetManifestManifestPublic").WithTags("Manifest").AllowAnonymous();
        v1.MapGet("manifest/manifest/private", Private).WithName("GetManifestManifestPrivate").WithTags("Manifest");
        return v1;
    }

    private static Ok<IReadOnlyList<ManifestResponseModel>> All(BackOfficePackages packages) => TypedResults.Ok(packages.All());

    private static Ok<IReadOnlyList<ManifestResponseModel>> Public(BackOfficePackages packages) => TypedResults.Ok(packages.Public());

    private static Ok<IReadOnlyList<ManifestResponseModel>> Private(BackOfficePackages packages) => TypedResults.Ok(packages.Private());
}
