using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using SelfHelp.Core.Journal;

namespace SelfHelp.Core.Search.Indexing;

/// <summary>
/// Applies coalesced batches to the indexes: journal rows after each index's position, item updates, full rebuilds
/// and start-up reconciliation. An index's position moves only once what it covers is written.
/// </summary>
internal sealed class IndexUpdater(
    SearchIndexes indexes,
    IEnumerable<IIndexSource> sources,
    IndexDocumentBuilder documents,
    ChangeJournal journal,
    JournalApplier applier,
    ILogger<IndexUpdater> logger)
{
    private readonly Dictionary<string, IIndexSource> _sources = sources.ToDictionary(s => s.IndexName);

    public async Task ApplyAsync(IndexBatch batch, CancellationToken cancellationToken)
    {
        await AddJournalRowsAsync(batch, cancellationToken);
        foreach (var name in batch.Rebuilds)
        {
            await RebuildAsync(name, cancellationToken);
        }
        foreach (var (name, updates) in batch.Updates.Where(u => !batch.Rebuilds.Contains(u.Key)))
        {
            await UpdateAsync(name, updates, cancellationToken);
        }
        foreach (var index in indexes.All.Where(i => !batch.Rebuilds.Contains(i.Name)))
        {
            index.Position.Advance(batch.JournalUpTo);
        }
    }

    /// <summary>
    /// Turns the journal rows an index has not applied into its updates: ExternalIndex follows what is live (a publish
    /// reaches the subtree), InternalIndex every document and media change, drafts too. A row that changes everything,
    /// rows pruned before the index saw them, or a rebuild cut short, make it a rebuild.
    /// </summary>
    private async Task AddJournalRowsAsync(IndexBatch batch, CancellationToken cancellationToken)
    {
        foreach (var index in indexes.All.Where(i => !batch.Rebuilds.Contains(i.Name) && i.Position.Value < batch.JournalUpTo))
        {
            var from = index.Position.Value;
            var rows = await journal.MissedRowsAfterAsync(from, cancellationToken)
                ? null
                : await journal.ReadAfterAsync(from, int.MaxValue, batch.JournalUpTo, cancellationToken);
            if (rows is null || index.Filling || rows.Any(r => r.RefreshAll))
            {
                batch.Rebuilds.Add(index.Name);
                continue;
            }
            var external = index.Name == IndexNames.External;
            foreach (var row in rows.Where(r => r.IsNodes && !(external && (r.DraftOnly || r.Kind == JournalKind.Media))))
            {
                foreach (var id in row.Ids)
                {
                    batch.Update(index.Name, id, withDescendants: external && row.Subtree);
                }
            }
        }
    }

    /// <summary>Replaces every document; searches see the old index until the new one is complete.</summary>
    public Task RebuildAsync(string name, CancellationToken cancellationToken)
    {
        var index = indexes[name];
        return WithRecoveryAsync(index, () => FillAsync(index, cancellationToken));
    }

    /// <summary>Queues updates for items whose presence in the index disagrees with its source (changes made while the site was down, embargoes that lifted).</summary>
    public async Task<int> ReconcileAsync(string name, IndexingQueue queue, CancellationToken cancellationToken)
    {
        var index = indexes[name];
        if (!index.IsAvailable)
        {
            return 0;
        }
        var expected = new HashSet<int>();
        await foreach (var item in _sources[name].GetAllAsync(cancellationToken))
        {
            expected.Add(item.Id);
        }
        var indexed = IndexedIds(index);
        var differing = expected.Except(indexed).Concat(indexed.Except(expected)).ToList();
        queue.Update(name, differing, withDescendants: false);
        return differing.Count;
    }

    public void CommitAll()
    {
        foreach (var index in indexes.All.Where(i => i.IsAvailable))
        {
            try
            {
                index.Commit();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
            {
                logger.LogError(e, "Committing search index {Index} failed; it will be rebuilt at the next start if unreadable", index.Name);
            }
        }
    }

    private async Task UpdateAsync(string name, IReadOnlyDictionary<int, bool> updates, CancellationToken cancellationToken)
    {
        var index = indexes[name];
        var items = await _sources[name].GetAsync(updates, cancellationToken);
        await WithRecoveryAsync(index, () =>
        {
            foreach (var (id, withDescendants) in updates)
            {
                index.Delete(id, withDescendants);
            }
            foreach (var item in items.DistinctBy(i => i.Id))
            {
                // A descendant re-read under one parent may also be an updated item of its own: delete before each add.
                index.Delete(item.Id, withDescendants: false);
                index.Add(documents.Build(item));
            }
            index.Refresh();
            return Task.CompletedTask;
        });
    }

    /// <summary>A failure writing the index (corrupt segment, disk trouble) recreates it and rebuilds it from its source.</summary>
    private async Task WithRecoveryAsync(LuceneIndex index, Func<Task> write)
    {
        if (!index.IsAvailable)
        {
            // An index that could not be opened earlier gets another chance, filled whole rather than patched.
            index.Recreate();
            if (index.IsAvailable)
            {
                await FillAsync(index, CancellationToken.None);
            }
            return;
        }
        try
        {
            await write();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            logger.LogError(e, "Writing search index {Index} failed: recreating and rebuilding it", index.Name);
            index.Recreate();
            if (index.IsAvailable)
            {
                await FillAsync(index, CancellationToken.None);
            }
        }
    }

    /// <summary>
    /// Writes every item of the source into the emptied index. Documents are built and added on every core at once
    /// (the writer takes concurrent adds); nothing is visible to searches until the commit and refresh at the end.
    /// </summary>
    private async Task FillAsync(LuceneIndex index, CancellationToken cancellationToken)
    {
        const int chunk = 1024;
        var started = System.Diagnostics.Stopwatch.StartNew();
        // The sources read state at least this new: rows after it are applied again later, which is harmless.
        var position = applier.Position.Value;
        var count = 0;
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        var buffer = new List<IndexItem>(chunk);
        index.Filling = true;
        // Until the fill is done the index holds no journal position: nobody waiting on one is told it is reached.
        index.Position.Reset(0);
        index.DeleteAll();
        await foreach (var item in _sources[index.Name].GetAllAsync(cancellationToken))
        {
            buffer.Add(item);
            if (buffer.Count == chunk)
            {
                Parallel.ForEach(buffer, parallel, i => index.Add(documents.Build(i)));
                count += buffer.Count;
                buffer.Clear();
            }
        }
        Parallel.ForEach(buffer, parallel, i => index.Add(documents.Build(i)));
        count += buffer.Count;
        index.Filling = false;
        // Searches see the new documents before the position says so: whoever waits on a row finds it searchable.
        index.Refresh();
        index.MarkRebuilt();
        index.Position.Reset(position);
        index.Commit();
        logger.LogInformation("Rebuilt search index {Index}: {Count} items in {Elapsed} ms", index.Name, count, started.ElapsedMilliseconds);
    }

    private static HashSet<int> IndexedIds(LuceneIndex index)
    {
        using var lease = index.Acquire();
        var ids = new HashSet<int>();
        var terms = MultiFields.GetTerms(lease.Searcher.IndexReader, IndexFieldNames.NodeId);
        if (terms is null)
        {
            return ids;
        }
        var liveDocs = MultiFields.GetLiveDocs(lease.Searcher.IndexReader);
        var termsEnum = terms.GetEnumerator();
        DocsEnum? docs = null;
        while (termsEnum.MoveNext())
        {
            docs = termsEnum.Docs(liveDocs, docs, DocsFlags.NONE);
            if (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                ids.Add(int.Parse(termsEnum.Term.Utf8ToString(), System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return ids;
    }
}
