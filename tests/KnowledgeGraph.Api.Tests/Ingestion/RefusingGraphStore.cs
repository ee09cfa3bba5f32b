using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Changes;

namespace KnowledgeGraph.Api.Tests.Ingestion;

/// <summary>A store that counts the batches of each write and refuses every write holding one document.</summary>
internal sealed class RefusingGraphStore(IGraphStore inner) : DelegatingGraphStore(inner)
{
    public string? RefusedDocumentId { get; set; }

    public List<int> Writes { get; } = [];

    public override Task<GraphChanges> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        Writes.Add(1);
        return batch.DocumentId == RefusedDocumentId
            ? throw new InvalidOperationException("The store refuses this document.")
            : base.ApplyAsync(batch, cancellationToken);
    }

    public override Task<IReadOnlyList<GraphChanges>> ApplyAllAsync(IReadOnlyList<GraphBatch> batches, CancellationToken cancellationToken = default)
    {
        Writes.Add(batches.Count);
        return batches.Any(batch => batch.DocumentId == RefusedDocumentId)
            ? throw new InvalidOperationException("The store refuses this document.")
            : base.ApplyAllAsync(batches, cancellationToken);
    }
}
