using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Aggregates;
using KnowledgeGraph.Storage.Changes;
using KnowledgeGraph.Storage.Querying;
using KnowledgeGraph.Storage.Search;
using KnowledgeGraph.Storage.Traversal;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// The default store: the whole graph in memory as an immutable <see cref="GraphSnapshot"/>. Writers are serialised
/// and swap in a new snapshot atomically; readers never lock and always see one consistent snapshot. A write builds
/// its snapshot from the previous one, sharing what it does not touch, and brings the full-text index up to date
/// for the nodes it changed; the index itself is built by the first search, so loading a corpus does not pay for it.
/// </summary>
public sealed class EmbeddedGraphStore : IGraphStore, IDisposable
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    // Guards publishing a snapshot against the first search building the index for the snapshot it reads.
    private readonly Lock _publishLock = new();
    private volatile Published _current = new(GraphSnapshot.Empty, null);

    // Null until the first search; from then on every write updates it.
    private LuceneSearchIndex? _searchIndex;

    /// <summary>The snapshot readers see now; internal so that tests can hold one across a write.</summary>
    internal GraphSnapshot Snapshot => _current.Snapshot;

    /// <inheritdoc />
    public async Task<GraphChanges> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return (await ApplyAllAsync([batch], cancellationToken))[0];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<GraphChanges>> ApplyAllAsync(IReadOnlyList<GraphBatch> batches, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batches);
        foreach (var batch in batches)
        {
            ArgumentNullException.ThrowIfNull(batch, nameof(batches));
            GraphBatchValidator.EnsureValid(batch);
        }

        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            // Each batch is compared with its document's latest version, which an earlier batch of this call may hold.
            var latest = new Dictionary<string, GraphBatch>(StringComparer.Ordinal);
            var changes = new List<GraphChanges>(batches.Count);
            foreach (var batch in batches)
            {
                var previous = latest.GetValueOrDefault(batch.DocumentId) ?? Snapshot.BatchOf(batch.DocumentId);
                changes.Add(GraphBatchDiff.Compare(previous, batch));
                latest[batch.DocumentId] = batch;
            }

            Publish(Snapshot.With(latest.Values));
            return changes;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var snapshot = Snapshot;
        IReadOnlyList<NodeRecord> nodes = ids.Select(snapshot.FindNode).OfType<NodeRecord>().ToList();
        return Task.FromResult(nodes);
    }

    /// <inheritdoc />
    public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var snapshot = Snapshot;
        IEnumerable<NodeRecord> nodes = query.Filter is { } filter
            ? snapshot.CandidatesFor(query.Label, filter).Where(node => NodeFilterEvaluator.Matches(filter, node))
            : snapshot.NodesWithLabel(query.Label);

        var ordered = Order(nodes, query.Order).ToList();
        var (offset, count) = query.Window.Resolve(ordered.Count);
        return Task.FromResult(new NodePage(ordered.GetRange(offset, count), offset, ordered.Count));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RelationshipRecord>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds,
        RelationshipDirection direction,
        string type,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        var snapshot = Snapshot;
        IReadOnlyList<RelationshipRecord> relationships = nodeIds
            .Distinct(StringComparer.Ordinal)
            .SelectMany(id => snapshot.Relationships(id, direction, type))
            .ToList();
        return Task.FromResult(relationships);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RelationshipSlice>> GetRelationshipSlicesAsync(
        IReadOnlyCollection<string> nodeIds,
        RelationshipDirection direction,
        string type,
        int firstPerNode,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        ArgumentOutOfRangeException.ThrowIfNegative(firstPerNode);
        var snapshot = Snapshot;
        IReadOnlyList<RelationshipSlice> slices = nodeIds
            .Distinct(StringComparer.Ordinal)
            .Select(id =>
            {
                var all = snapshot.Relationships(id, direction, type);
                return new RelationshipSlice(id, all.Count, all.Take(firstPerNode).ToList());
            })
            .ToList();
        return Task.FromResult(slices);
    }

    /// <inheritdoc />
    public Task<Subgraph?> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Task.FromResult(NeighborhoodTraversal.Run(Snapshot, query));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Task.FromResult(ShortestPathFinder.Find(Snapshot, query));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (string.IsNullOrWhiteSpace(query.Text) || query.MaxHits <= 0)
        {
            return Task.FromResult<IReadOnlyList<SearchHit>>([]);
        }

        var current = _current;
        var view = current.Search ?? SearchViewOf(current.Snapshot);
        return Task.FromResult(view.Search(query, current.Snapshot.FindNode));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RelationshipCounts>> CountRelationshipsAsync(RelationshipCountQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Task.FromResult(RelationshipCounter.Count(Snapshot, query));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<NodeGroup>> SumNodesAsync(NodeSumQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Task.FromResult(NodeSummer.Sum(Snapshot, query));
    }

    /// <inheritdoc />
    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(StatisticsCounter.Count(Snapshot));

    /// <inheritdoc />
    public void Dispose()
    {
        _writeLock.Dispose();
        _searchIndex?.Dispose();
    }

    private void Publish((GraphSnapshot Snapshot, NodeChanges Nodes) write)
    {
        lock (_publishLock)
        {
            _current = new Published(write.Snapshot, _searchIndex?.Update(write.Nodes));
        }
    }

    // The first search builds the index for the snapshot it reads, and every later write keeps it up to date. A
    // search of a snapshot that is no longer the store's, published before the index existed, gets an index of its own.
    private LuceneSearchView SearchViewOf(GraphSnapshot snapshot)
    {
        lock (_publishLock)
        {
            if (_current.Snapshot != snapshot)
            {
                // Left to the garbage collector with its view, like every view: the index lives in memory only.
                return LuceneSearchIndex.Build(snapshot.Nodes).View;
            }

            if (_current.Search is null)
            {
                _searchIndex = LuceneSearchIndex.Build(snapshot.Nodes);
                _current = _current with { Search = _searchIndex.View };
            }

            return _current.Search!;
        }
    }

    // LINQ's OrderBy is stable, so nodes equal on every key keep document order.
    private static IEnumerable<NodeRecord> Order(IEnumerable<NodeRecord> nodes, IReadOnlyList<SortField> order)
    {
        if (order.Count == 0)
        {
            return nodes;
        }

        var sorted = Sort(nodes.OrderBy, order[0]);
        foreach (var field in order.Skip(1))
        {
            sorted = Sort(sorted.ThenBy, field);
        }

        return sorted;

        static IOrderedEnumerable<NodeRecord> Sort(
            Func<Func<NodeRecord, object?>, IComparer<object?>, IOrderedEnumerable<NodeRecord>> orderBy,
            SortField field) =>
            orderBy(node => node.Properties.GetValueOrDefault(field.Property), field.Descending ? new DescendingComparer() : ValueComparer.Instance);
    }

    // Descending order still puts nulls last, as HotChocolate users expect.
    private sealed class DescendingComparer : IComparer<object?>
    {
        public int Compare(object? x, object? y) =>
            x is null || y is null ? ValueComparer.Instance.Compare(x, y) : ValueComparer.Instance.Compare(y, x);
    }

    // A snapshot with the full-text view that matches it (null until the first search), read by readers in one go.
    private sealed record Published(GraphSnapshot Snapshot, LuceneSearchView? Search);
}
