using System.Reflection;
using SelfHelp.Web.BackOffice;

namespace SelfHelp.Web.ManagementApi.Manifests;

/// <summary>
/// The back office packages this server declares, as Umbraco reads <c>umbraco-package.json</c> files: SelfHelp's own
/// bundle (the <c>selfhelp</c> entry of the built client), for signed-in users only. Nothing is declared when the
/// client is not built, since there is no file to load.
/// </summary>
internal sealed class BackOfficePackages(IBackOfficeAssets assets)
{
    public const string SelfHelpPackageId = "SelfHelp.BackOffice";

    private static readonly string Version =
        typeof(BackOfficePackages).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0.0";

    /// <summary>Packages the sign-in screens may load before anyone signs in (Umbraco's <c>allowPublicAccess</c>); SelfHelp has none.</summary>
    public IReadOnlyList<ManifestResponseModel> Public() => [];

    /// <summary>Packages for signed-in back office users.</summary>
    public IReadOnlyList<ManifestResponseModel> Private() =>
        assets.Entry("selfhelp") is { Scripts: [var script, ..] }
            ? [new ManifestResponseModel("SelfHelp", SelfHelpPackageId, Version,
                [new BackofficeEntryPointManifest("SelfHelp.EntryPoint", "SelfHelp back office entry point", script)])]
            : [];

    public IReadOnlyList<ManifestResponseModel> All() => [.. Public(), .. Private()];
}
