using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Changes;

namespace KnowledgeGraph.Api.Tests.Ingestion;

/// <summary>A store whose writes fail while <see cref="Failing"/> is set, as a full disk or a lost database would.</summary>
internal sealed class FailingGraphStore(IGraphStore inner) : DelegatingGraphStore(inner)
{
    public bool Failing { get; set; }

    public override Task<GraphChanges> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken = default) =>
        Failing ? throw new InvalidOperationException("The store is down.") : base.ApplyAsync(batch, cancellationToken);

    public override Task<IReadOnlyList<GraphChanges>> ApplyAllAsync(IReadOnlyList<GraphBatch> batches, CancellationToken cancellationToken = default) =>
        Failing ? throw new InvalidOperationException("The store is down.") : base.ApplyAllAsync(batches, cancellationToken);
}
