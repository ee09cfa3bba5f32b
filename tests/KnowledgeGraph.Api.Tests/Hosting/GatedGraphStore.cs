using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Changes;
using KnowledgeGraph.Storage.Embedded;

namespace KnowledgeGraph.Api.Tests.Hosting;

/// <summary>An embedded store whose loading waits until the test opens the gate, to see the service before it is ready.</summary>
internal sealed class GatedGraphStore() : DelegatingGraphStore(new EmbeddedGraphStore())
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Open() => _gate.TrySetResult();

    public override async Task<GraphChanges> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        await _gate.Task.WaitAsync(cancellationToken);
        return await base.ApplyAsync(batch, cancellationToken);
    }

    public override async Task<IReadOnlyList<GraphChanges>> ApplyAllAsync(IReadOnlyList<GraphBatch> batches, CancellationToken cancellationToken = default)
    {
        await _gate.Task.WaitAsync(cancellationToken);
        return await base.ApplyAllAsync(batches, cancellationToken);
    }
}
