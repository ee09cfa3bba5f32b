using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Aggregates;
using KnowledgeGraph.Storage.Changes;
using KnowledgeGraph.Storage.Querying;
using KnowledgeGraph.Storage.Search;
using KnowledgeGraph.Storage.Traversal;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>Wraps a store and counts the read calls made through it, to show that resolvers batch.</summary>
internal sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private int _reads;

    public int Reads => Volatile.Read(ref _reads);

    public void Reset() => Interlocked.Exchange(ref _reads, 0);

    public Task<GraphChanges> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken = default) =>
        inner.ApplyAsync(batch, cancellationToken);

    public Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetNodesAsync(ids, cancellationToken);
    }

    public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _reads);
        return inner.FindNodesAsync(query, cancellationToken);
    }

    public Task<IReadOnlyList<RelationshipRecord>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds, RelationshipDirection direction, string type, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetRelationshipsAsync(nodeIds, direction, type, cancellationToken);
    }

    public Task<Subgraph?> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default) =>
        Counted(inner.GetNeighborhoodAsync(query, cancellationToken));

    public Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        Counted(inner.FindShortestPathsAsync(query, cancellationToken));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        Counted(inner.SearchAsync(query, cancellationToken));

    public Task<IReadOnlyList<RelationshipCounts>> CountRelationshipsAsync(RelationshipCountQuery query, CancellationToken cancellationToken = default) =>
        Counted(inner.CountRelationshipsAsync(query, cancellationToken));

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        Counted(inner.GetStatisticsAsync(cancellationToken));

    private Task<T> Counted<T>(Task<T> read)
    {
        Interlocked.Increment(ref _reads);
        return read;
    }
}
