using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Changes;
using KnowledgeGraph.Storage.Neo4j;

namespace KnowledgeGraph.Api.Tests.Neo4j;

/// <summary>A store whose first bulk write fails as Neo4j's do when it goes away; later ones reach the inner store.</summary>
internal sealed class StoreLostOnceGraphStore(IGraphStore inner) : DelegatingGraphStore(inner)
{
    private int _bulkWrites;

    public override Task<IReadOnlyList<GraphChanges>> ApplyAllAsync(IReadOnlyList<GraphBatch> batches, CancellationToken cancellationToken = default) =>
        Interlocked.Increment(ref _bulkWrites) == 1
            ? throw new Neo4jUnavailableException("Cannot reach Neo4j: Connection refused.")
            : base.ApplyAllAsync(batches, cancellationToken);
}
