using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Changes;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Tests.Ingestion;

/// <summary>A store whose writes fail while <see cref="Failing"/> is set, as a full disk or a lost database would.</summary>
internal sealed class FailingGraphStore(IGraphStore inner) : IGraphStore
{
    public bool Failing { get; set; }

    public Task<GraphChanges> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken = default) =>
        Failing ? throw new InvalidOperationException("The store is down.") : inner.ApplyAsync(batch, cancellationToken);

    public Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        inner.GetNodesAsync(ids, cancellationToken);

    public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default) =>
        inner.FindNodesAsync(query, cancellationToken);

    public Task<IReadOnlyList<RelationshipRecord>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds, RelationshipDirection direction, string type, CancellationToken cancellationToken = default) =>
        inner.GetRelationshipsAsync(nodeIds, direction, type, cancellationToken);
}
