using Microsoft.Extensions.Logging;

namespace SelfHelp.Core.Sync;

/// <summary>Imports the uSync folder into the engine.</summary>
public interface IUSyncImporter
{
    /// <summary>
    /// Imports the files of the handlers in <paramref name="group"/> ("All", "Settings" or "Content"), creating or
    /// updating items by key. Every file is checked first; any problem throws <see cref="USyncImportException"/> and
    /// nothing is written.
    /// </summary>
    Task<IReadOnlyList<USyncChange>> ImportAsync(string group = USyncGroups.All, CancellationToken cancellationToken = default);
}

internal sealed class USyncImporter(
    IEnumerable<ISyncHandler> handlers, USyncFiles files, SyncStateLoader stateLoader, USyncImportScope scope, ILogger<USyncImporter> logger)
    : IUSyncImporter
{
    public async Task<IReadOnlyList<USyncChange>> ImportAsync(string group = USyncGroups.All, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(files.Root))
        {
            throw new USyncImportException([new USyncProblem(files.Root, "the uSync root folder does not exist (uSync:Settings:RootFolder).")]);
        }
        var problems = new List<USyncProblem>();
        var current = await stateLoader.LoadAsync(cancellationToken);
        var planned = current.Clone();
        // Files whose format is wrong are reported alone: checking references while items are missing would only
        // add echoes of the same problem.
        var batches = handlers.Where(h => USyncSettings.Includes(group, h.Group)).OrderBy(h => h.Priority)
            .Select(h => h.Read(files.Read(h.Folder, problems), problems))
            .ToList();
        ThrowIfAny(problems);
        var steps = batches.SelectMany(b => b.Plan(current, planned, problems)).ToList();
        ThrowIfAny(problems);
        var changes = new List<USyncChange>();
        using (scope.Begin())
        {
            foreach (var step in steps)
            {
                var change = await step.ApplyAsync(cancellationToken);
                logger.Log(change.Change == USyncChangeType.Unchanged ? LogLevel.Debug : LogLevel.Information,
                    "uSync: {Change} {ItemType} {Alias}", change.Change.ToString().ToLowerInvariant(), change.ItemType, change.Alias);
                changes.Add(change);
            }
        }
        logger.LogInformation("uSync: imported {Files} files from {Root} ({Summary})", changes.Count, files.Root,
            string.Join(", ", Enum.GetValues<USyncChangeType>().Select(t => $"{changes.Count(c => c.Change == t)} {t.ToString().ToLowerInvariant()}")));
        return changes;
    }

    private static void ThrowIfAny(List<USyncProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw new USyncImportException(problems);
        }
    }
}

/// <summary>Marks the flow of an import, during which saves are not exported: the files being imported are the source.</summary>
internal sealed class USyncImportScope
{
    private readonly AsyncLocal<bool> _importing = new();

    public bool IsImporting => _importing.Value;

    public IDisposable Begin()
    {
        _importing.Value = true;
        return new End(this);
    }

    private sealed class End(USyncImportScope scope) : IDisposable
    {
        public void Dispose() => scope._importing.Value = false;
    }
}
