using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Aggregates;
using KnowledgeGraph.Storage.Changes;
using KnowledgeGraph.Storage.Querying;
using KnowledgeGraph.Storage.Search;
using KnowledgeGraph.Storage.Traversal;

namespace KnowledgeGraph.Api.Tests.Errors;

/// <summary>
/// A store that accepts the corpus but fails every read with <paramref name="failure"/>'s exception, by default one whose
/// message no client may see.
/// </summary>
internal sealed class ThrowingGraphStore(Func<Exception>? failure = null) : IGraphStore
{
    public const string Secret = "connection string Password=hunter2 at /srv/secret/store";

    private readonly Func<Exception> _failure = failure ?? (() => new InvalidOperationException(Secret));

    public Task<GraphChanges> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken = default) => Task.FromResult(GraphChanges.None);

    public Task<IReadOnlyList<GraphChanges>> ApplyAllAsync(IReadOnlyList<GraphBatch> batches, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<GraphChanges>>([.. batches.Select(_ => GraphChanges.None)]);

    public Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        throw _failure();

    public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default) =>
        throw _failure();

    public Task<IReadOnlyList<RelationshipRecord>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds, RelationshipDirection direction, string type, CancellationToken cancellationToken = default) =>
        throw _failure();

    public Task<IReadOnlyList<RelationshipSlice>> GetRelationshipSlicesAsync(
        IReadOnlyCollection<string> nodeIds, RelationshipDirection direction, string type, int firstPerNode, CancellationToken cancellationToken = default) =>
        throw _failure();

    public Task<Subgraph?> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default) =>
        throw _failure();

    public Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        throw _failure();

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        throw _failure();

    public Task<IReadOnlyList<RelationshipCounts>> CountRelationshipsAsync(RelationshipCountQuery query, CancellationToken cancellationToken = default) =>
        throw _failure();

    public Task<IReadOnlyList<NodeGroup>> SumNodesAsync(NodeSumQuery query, CancellationToken cancellationToken = default) =>
        throw _failure();

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        throw _failure();
}
