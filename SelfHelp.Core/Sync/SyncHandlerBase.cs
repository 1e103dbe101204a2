using System.Xml.Linq;

namespace SelfHelp.Core.Sync;

/// <summary>
/// The import and export every item type shares: files become models (or delete markers), models are checked
/// against the planned state, and an item is saved only when its serialised form differs from what is stored.
/// </summary>
internal abstract class SyncHandlerBase<TModel>(USyncFiles files, SyncStateLoader stateLoader) : ISyncHandler<TModel>
    where TModel : class
{
    public abstract string ItemType { get; }
    public abstract string Folder { get; }
    public abstract int Priority { get; }
    public virtual string Group => USyncGroups.Settings;

    public virtual bool Handles(TModel item) => true;

    /// <summary>The file's root element as a model; a format problem is thrown as <see cref="USyncFormatException"/>.</summary>
    protected abstract TModel Deserialize(XElement node);

    public abstract XElement Serialize(TModel item, SyncState state);

    protected abstract Guid KeyOf(TModel item);

    /// <summary>The alias uSync writes in the Alias attribute (ISO code, item key, name or alias).</summary>
    protected abstract string AliasOf(TModel item);

    protected abstract string FileNameOf(TModel item);

    protected abstract Dictionary<Guid, TModel> ItemsIn(SyncState state);

    /// <summary>Resolves the item's references against the planned state and says what is wrong with it.</summary>
    protected virtual IEnumerable<string> Prepare(TModel item, XElement node, SyncState planned) => [];

    /// <summary>Checks that need all files at once (one default language, for example).</summary>
    protected virtual IEnumerable<USyncProblem> CheckAll(IReadOnlyList<(SyncFile File, TModel Item)> items, SyncState planned) => [];

    protected abstract Task SaveAsync(TModel item, CancellationToken cancellationToken);

    protected abstract Task DeleteAsync(TModel item, CancellationToken cancellationToken);

    public ISyncBatch Read(IReadOnlyList<SyncFile> syncFiles, ICollection<USyncProblem> problems)
    {
        var batch = new Batch(this);
        var keys = new Dictionary<Guid, string>();
        foreach (var file in syncFiles)
        {
            try
            {
                if (ReadFile(file, batch) is { } key && !keys.TryAdd(key, file.Path))
                {
                    problems.Add(new USyncProblem(file.Path, $"Key {key} is also used by {keys[key]}."));
                }
            }
            catch (USyncFormatException e)
            {
                problems.Add(new USyncProblem(file.Path, e.Message));
            }
        }
        return batch;
    }

    public async Task ExportAllAsync(SyncState state, CancellationToken cancellationToken)
    {
        foreach (var item in ItemsIn(state).Values.Where(Handles))
        {
            await files.WriteAsync(Folder, FileNameOf(item), KeyOf(item), Serialize(item, state), cancellationToken);
        }
    }

    public async Task ExportAsync(TModel item, CancellationToken cancellationToken)
    {
        var state = await stateLoader.LoadAsync(cancellationToken);
        await files.WriteAsync(Folder, FileNameOf(item), KeyOf(item), Serialize(item, state), cancellationToken);
    }

    public Task ExportDeletedAsync(TModel item, CancellationToken cancellationToken) =>
        files.WriteDeletedAsync(Folder, FileNameOf(item), KeyOf(item), AliasOf(item), cancellationToken);

    private Guid? ReadFile(SyncFile file, Batch batch)
    {
        var node = file.Node;
        if (node.Name == SyncXml.Empty)
        {
            var key = node.KeyAttribute();
            // Rename and clean markers only record history; a delete marker deletes.
            if (string.Equals(node.Attribute("Change")?.Value, SyncXml.DeleteChange, StringComparison.OrdinalIgnoreCase))
            {
                batch.Deletions.Add((file, key, node.Attribute("Alias")?.Value ?? ""));
                return key;
            }
            return null;
        }
        if (node.Name != ItemType)
        {
            throw new USyncFormatException($"unknown root element <{node.Name}>; files in {Folder} hold <{ItemType}> or <{SyncXml.Empty}>.");
        }
        var item = Deserialize(node);
        batch.Items.Add((file, item));
        return KeyOf(item);
    }

    private IEnumerable<string> AliasClashes(TModel item, SyncState planned) =>
        ItemsIn(planned).Values
            .Where(other => KeyOf(other) != KeyOf(item) && string.Equals(AliasOf(other), AliasOf(item), StringComparison.OrdinalIgnoreCase))
            .Select(other => $"'{AliasOf(item)}' is already the alias of another item (key {KeyOf(other)}).");

    private async Task<USyncChange> ApplyItemAsync(string path, TModel item, SyncState current, SyncState planned, CancellationToken cancellationToken)
    {
        var existing = ItemsIn(current).GetValueOrDefault(KeyOf(item));
        if (existing is not null && XNode.DeepEquals(Serialize(existing, planned), Serialize(item, planned)))
        {
            return Change(item, USyncChangeType.Unchanged, path);
        }
        await SaveAsync(item, cancellationToken);
        return Change(item, existing is null ? USyncChangeType.Created : USyncChangeType.Updated, path);
    }

    private async Task<USyncChange> ApplyDeleteAsync(string path, Guid key, string alias, SyncState current, CancellationToken cancellationToken)
    {
        var existing = ItemsIn(current).GetValueOrDefault(key);
        if (existing is null || !Handles(existing))
        {
            return new USyncChange(ItemType, alias, USyncChangeType.Unchanged, path);
        }
        await DeleteAsync(existing, cancellationToken);
        return Change(existing, USyncChangeType.Deleted, path);
    }

    private USyncChange Change(TModel item, USyncChangeType type, string path) => new(ItemType, AliasOf(item), type, path);

    private sealed class Batch(SyncHandlerBase<TModel> handler) : ISyncBatch
    {
        public List<(SyncFile File, TModel Item)> Items { get; } = [];
        public List<(SyncFile File, Guid Key, string Alias)> Deletions { get; } = [];

        public IReadOnlyList<SyncStep> Plan(SyncState current, SyncState planned, ICollection<USyncProblem> problems)
        {
            var plannedItems = handler.ItemsIn(planned);
            foreach (var (_, key, _) in Deletions)
            {
                plannedItems.Remove(key);
            }
            foreach (var (_, item) in Items)
            {
                plannedItems[handler.KeyOf(item)] = item;
            }
            foreach (var (file, item) in Items)
            {
                foreach (var message in handler.Prepare(item, file.Node, planned).Concat(handler.AliasClashes(item, planned)))
                {
                    problems.Add(new USyncProblem(file.Path, message));
                }
            }
            foreach (var problem in handler.CheckAll(Items, planned))
            {
                problems.Add(problem);
            }
            return Deletions.Select(d => new SyncStep(d.File.Path, ct => handler.ApplyDeleteAsync(d.File.Path, d.Key, d.Alias, current, ct)))
                .Concat(Items.Select(i => new SyncStep(i.File.Path, ct => handler.ApplyItemAsync(i.File.Path, i.Item, current, planned, ct))))
                .ToList();
        }
    }
}
