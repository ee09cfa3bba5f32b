using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Changes;
using KnowledgeGraph.Storage.Querying;

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
}
