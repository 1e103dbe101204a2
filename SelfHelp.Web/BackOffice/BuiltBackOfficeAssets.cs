using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace SelfHelp.Web.BackOffice;

/// <summary>
/// The back office client as vite built it into <see cref="BackOfficeClientOptions.ClientFolder"/>, read once at start;
/// without a manifest there (Node and npm missing, or the build skipped) the client counts as not built.
/// </summary>
internal sealed class BuiltBackOfficeAssets : IBackOfficeAssets, IDisposable
{
    /// <summary>Where the built files are served (vite's <c>base</c> in <c>vite.config.ts</c>).</summary>
    public const string BaseUrl = "/umbraco/backoffice/";

    private readonly ViteManifest? _manifest;

    public BuiltBackOfficeAssets(IOptions<BackOfficeClientOptions> options, IHostEnvironment environment, ILogger<BuiltBackOfficeAssets> logger)
    {
        var folder = Path.GetFullPath(options.Value.ClientFolder, environment.ContentRootPath);
        var manifest = Path.Combine(folder, ViteManifest.RelativePath);
        if (File.Exists(manifest))
        {
            _manifest = ViteManifest.Read(manifest);
            Files = new PhysicalFileProvider(folder);
        }
        else
        {
            logger.LogWarning("The back office client is not built ({Manifest} is missing): /umbraco says how to build it. Install Node.js 20+ and npm, then build or run the site again.", manifest);
        }
    }

    /// <summary>The built files, or null when the client is not built.</summary>
    public IFileProvider? Files { get; }

    public bool IsBuilt => _manifest is not null;

    public BackOfficeEntry? Entry(string name) => _manifest?.Entry(name, BaseUrl);

    public void Dispose() => (Files as IDisposable)?.Dispose();
}
