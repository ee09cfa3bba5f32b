using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Aggregates;
using KnowledgeGraph.Storage.Changes;
using KnowledgeGraph.Storage.Querying;
using KnowledgeGraph.Storage.Search;
using KnowledgeGraph.Storage.Traversal;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>A store that hands every call to another; test stores override the calls they watch or hold back.</summary>
internal abstract class DelegatingGraphStore(IGraphStore inner) : IGraphStore
{
    public virtual Task<GraphChanges> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken = default) =>
        inner.ApplyAsync(batch, cancellationToken);

    public virtual Task<IReadOnlyList<GraphChanges>> ApplyAllAsync(IReadOnlyList<GraphBatch> batches, CancellationToken cancellationToken = default) =>
        inner.ApplyAllAsync(batches, cancellationToken);

    public virtual Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        inner.GetNodesAsync(ids, cancellationToken);

    public virtual Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default) =>
        inner.FindNodesAsync(query, cancellationToken);

    public virtual Task<IReadOnlyList<RelationshipRecord>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds, RelationshipDirection direction, string type, CancellationToken cancellationToken = default) =>
        inner.GetRelationshipsAsync(nodeIds, direction, type, cancellationToken);

    public virtual Task<IReadOnlyList<RelationshipSlice>> GetRelationshipSlicesAsync(
        IReadOnlyCollection<string> nodeIds, RelationshipDirection direction, string type, int firstPerNode, CancellationToken cancellationToken = default) =>
        inner.GetRelationshipSlicesAsync(nodeIds, direction, type, firstPerNode, cancellationToken);

    public virtual Task<Subgraph?> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default) =>
        inner.GetNeighborhoodAsync(query, cancellationToken);

    public virtual Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        inner.FindShortestPathsAsync(query, cancellationToken);

    public virtual Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        inner.SearchAsync(query, cancellationToken);

    public virtual Task<IReadOnlyList<RelationshipCounts>> CountRelationshipsAsync(RelationshipCountQuery query, CancellationToken cancellationToken = default) =>
        inner.CountRelationshipsAsync(query, cancellationToken);

    public virtual Task<IReadOnlyList<NodeGroup>> SumNodesAsync(NodeSumQuery query, CancellationToken cancellationToken = default) =>
        inner.SumNodesAsync(query, cancellationToken);

    public virtual Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        inner.GetStatisticsAsync(cancellationToken);
}
