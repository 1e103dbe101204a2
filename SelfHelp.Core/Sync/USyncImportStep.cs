using Microsoft.Extensions.Options;
using SelfHelp.Core.Startup;

namespace SelfHelp.Core.Sync;

/// <summary>Imports the uSync files at start-up (uSync's ImportAtStartup); a broken file stops start-up.</summary>
internal sealed class USyncImportStep(IUSyncImporter importer, IOptions<USyncSettings> settings) : IStartupStep
{
    public int Order => StartupOrder.USyncImport;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var group = settings.Value.ImportAtStartup;
        if (!string.Equals(group, USyncGroups.None, StringComparison.OrdinalIgnoreCase))
        {
            await importer.ImportAsync(group, cancellationToken);
        }
    }
}
