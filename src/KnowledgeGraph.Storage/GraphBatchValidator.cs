using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Storage;

/// <summary>Checks a batch before any store applies it, so that a bad batch changes nothing.</summary>
public static class GraphBatchValidator
{
    /// <summary>Throws <see cref="ArgumentException"/> when a node id repeats or a relationship points outside the batch.</summary>
    public static void EnsureValid(GraphBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var nodeIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in batch.Nodes)
        {
            if (!nodeIds.Add(node.Id))
            {
                throw new ArgumentException($"Node '{node.Id}' occurs twice in the batch of '{batch.DocumentId}'.", nameof(batch));
            }
        }

        if (!nodeIds.Contains(batch.DocumentId))
        {
            throw new ArgumentException($"The batch of '{batch.DocumentId}' does not contain its document node.", nameof(batch));
        }

        foreach (var relationship in batch.Relationships)
        {
            if (!nodeIds.Contains(relationship.StartId) || !nodeIds.Contains(relationship.EndId))
            {
                throw new ArgumentException(
                    $"Relationship '{relationship.Id}' connects a node that is not in the batch of '{batch.DocumentId}'.",
                    nameof(batch));
            }
        }
    }
}
