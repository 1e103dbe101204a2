namespace SelfHelp.Core.Sync;

/// <summary>Writes the engine's configuration items to the uSync folder.</summary>
public interface IUSyncExporter
{
    /// <summary>Writes every language, dictionary item, data type and type to its file (files whose bytes would not change are left alone).</summary>
    Task ExportAllAsync(CancellationToken cancellationToken = default);
}

internal sealed class USyncExporter(IEnumerable<ISyncHandler> handlers, SyncStateLoader stateLoader) : IUSyncExporter
{
    public async Task ExportAllAsync(CancellationToken cancellationToken = default)
    {
        var state = await stateLoader.LoadAsync(cancellationToken);
        foreach (var handler in handlers.OrderBy(h => h.Priority))
        {
            await handler.ExportAllAsync(state, cancellationToken);
        }
    }
}
