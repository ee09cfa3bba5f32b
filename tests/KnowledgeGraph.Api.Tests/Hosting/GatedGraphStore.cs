using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Changes;
using KnowledgeGraph.Storage.Embedded;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Tests.Hosting;

/// <summary>An embedded store whose loading waits until the test opens the gate, to see the service before it is ready.</summary>
internal sealed class GatedGraphStore : IGraphStore, IDisposable
{
    private readonly EmbeddedGraphStore _inner = new();
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Open() => _gate.TrySetResult();

    public void Dispose() => _inner.Dispose();

    public async Task<GraphChanges> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        await _gate.Task.WaitAsync(cancellationToken);
        return await _inner.ApplyAsync(batch, cancellationToken);
    }

    public Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        _inner.GetNodesAsync(ids, cancellationToken);

    public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default) =>
        _inner.FindNodesAsync(query, cancellationToken);

    public Task<IReadOnlyList<RelationshipRecord>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds, RelationshipDirection direction, string type, CancellationToken cancellationToken = default) =>
        _inner.GetRelationshipsAsync(nodeIds, direction, type, cancellationToken);
}
