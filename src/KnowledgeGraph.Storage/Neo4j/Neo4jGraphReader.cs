using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Aggregates;
using KnowledgeGraph.Storage.Querying;
using KnowledgeGraph.Storage.Search;
using KnowledgeGraph.Storage.Traversal;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>The read operations of <see cref="IGraphStore"/> in Cypher, each run with <see cref="AccessMode.Read"/>.</summary>
internal sealed class Neo4jGraphReader(ICypherRunner runner)
{
    // Skeleton: the runner every statement goes through.
    internal ICypherRunner Runner { get; } = runner;

    /// <summary>Every statement this class can send, with each variant a runtime choice can produce (for linting).</summary>
    public static IEnumerable<CypherStatementVariant> StatementVariants() => [];

    public Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    public Task<IReadOnlyList<RelationshipRecord>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds, RelationshipDirection direction, string type, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    public Task<IReadOnlyList<RelationshipSlice>> GetRelationshipSlicesAsync(
        IReadOnlyCollection<string> nodeIds, RelationshipDirection direction, string type, int firstPerNode, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    public Task<Subgraph?> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    public Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(PathQuery query, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    public Task<IReadOnlyList<RelationshipCounts>> CountRelationshipsAsync(RelationshipCountQuery query, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    public Task<IReadOnlyList<NodeGroup>> SumNodesAsync(NodeSumQuery query, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
