using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Aggregates;
using KnowledgeGraph.Storage.Querying;
using KnowledgeGraph.Storage.Search;
using KnowledgeGraph.Storage.Traversal;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>
/// Wraps a store and counts the read calls made through it, to show that resolvers batch, and the relationships those
/// calls load, to show that a count does not load what it counts.
/// </summary>
internal sealed class CountingGraphStore(IGraphStore inner) : DelegatingGraphStore(inner)
{
    private int _reads;
    private int _relationshipsLoaded;

    public int Reads => Volatile.Read(ref _reads);

    public int RelationshipsLoaded => Volatile.Read(ref _relationshipsLoaded);

    public void Reset()
    {
        Interlocked.Exchange(ref _reads, 0);
        Interlocked.Exchange(ref _relationshipsLoaded, 0);
    }

    public override Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Counted(base.GetNodesAsync(ids, cancellationToken));

    public override Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default) =>
        Counted(base.FindNodesAsync(query, cancellationToken));

    public override async Task<IReadOnlyList<RelationshipRecord>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds, RelationshipDirection direction, string type, CancellationToken cancellationToken = default)
    {
        var relationships = await Counted(base.GetRelationshipsAsync(nodeIds, direction, type, cancellationToken));
        Interlocked.Add(ref _relationshipsLoaded, relationships.Count);
        return relationships;
    }

    public override async Task<IReadOnlyList<RelationshipSlice>> GetRelationshipSlicesAsync(
        IReadOnlyCollection<string> nodeIds, RelationshipDirection direction, string type, int firstPerNode, CancellationToken cancellationToken = default)
    {
        var slices = await Counted(base.GetRelationshipSlicesAsync(nodeIds, direction, type, firstPerNode, cancellationToken));
        Interlocked.Add(ref _relationshipsLoaded, slices.Sum(slice => slice.First.Count));
        return slices;
    }

    public override Task<Subgraph?> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default) =>
        Counted(base.GetNeighborhoodAsync(query, cancellationToken));

    public override Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        Counted(base.FindShortestPathsAsync(query, cancellationToken));

    public override Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        Counted(base.SearchAsync(query, cancellationToken));

    public override Task<IReadOnlyList<RelationshipCounts>> CountRelationshipsAsync(RelationshipCountQuery query, CancellationToken cancellationToken = default) =>
        Counted(base.CountRelationshipsAsync(query, cancellationToken));

    public override Task<IReadOnlyList<NodeGroup>> SumNodesAsync(NodeSumQuery query, CancellationToken cancellationToken = default) =>
        Counted(base.SumNodesAsync(query, cancellationToken));

    public override Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        Counted(base.GetStatisticsAsync(cancellationToken));

    private Task<T> Counted<T>(Task<T> read)
    {
        Interlocked.Increment(ref _reads);
        return read;
    }
}
