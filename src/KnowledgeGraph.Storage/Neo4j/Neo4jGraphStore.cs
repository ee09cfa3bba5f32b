using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Aggregates;
using KnowledgeGraph.Storage.Changes;
using KnowledgeGraph.Storage.Querying;
using KnowledgeGraph.Storage.Search;
using KnowledgeGraph.Storage.Traversal;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The graph in Neo4j, over <see cref="ICypherRunner"/>. Writes (<see cref="Neo4jGraphWriter"/>) and reads
/// (<see cref="Neo4jGraphReader"/>) are kept apart: they share nothing but the runner and the graph model.
/// </summary>
internal sealed class Neo4jGraphStore(Neo4jGraphWriter writer, Neo4jGraphReader reader) : IGraphStore
{
    public Task<GraphChanges> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken = default) =>
        writer.ApplyAsync(batch, cancellationToken);

    public Task<IReadOnlyList<GraphChanges>> ApplyAllAsync(IReadOnlyList<GraphBatch> batches, CancellationToken cancellationToken = default) =>
        writer.ApplyAllAsync(batches, cancellationToken);

    public Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        reader.GetNodesAsync(ids, cancellationToken);

    public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default) =>
        reader.FindNodesAsync(query, cancellationToken);

    public Task<IReadOnlyList<RelationshipRecord>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds, RelationshipDirection direction, string type, CancellationToken cancellationToken = default) =>
        reader.GetRelationshipsAsync(nodeIds, direction, type, cancellationToken);

    public Task<IReadOnlyList<RelationshipSlice>> GetRelationshipSlicesAsync(
        IReadOnlyCollection<string> nodeIds, RelationshipDirection direction, string type, int firstPerNode, CancellationToken cancellationToken = default) =>
        reader.GetRelationshipSlicesAsync(nodeIds, direction, type, firstPerNode, cancellationToken);

    public Task<Subgraph?> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default) =>
        reader.GetNeighborhoodAsync(query, cancellationToken);

    public Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        reader.FindShortestPathsAsync(query, cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        reader.SearchAsync(query, cancellationToken);

    public Task<IReadOnlyList<RelationshipCounts>> CountRelationshipsAsync(RelationshipCountQuery query, CancellationToken cancellationToken = default) =>
        reader.CountRelationshipsAsync(query, cancellationToken);

    public Task<IReadOnlyList<NodeGroup>> SumNodesAsync(NodeSumQuery query, CancellationToken cancellationToken = default) =>
        reader.SumNodesAsync(query, cancellationToken);

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        reader.GetStatisticsAsync(cancellationToken);
}
