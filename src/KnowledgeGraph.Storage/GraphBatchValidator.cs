using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Storage;

/// <summary>Checks a batch before any store applies it, so that a bad batch changes nothing.</summary>
public static class GraphBatchValidator
{
    /// <summary>
    /// Throws <see cref="ArgumentException"/> when a node id repeats, a relationship points outside the batch, or a label
    /// or type is not one of the graph model's (<see cref="NodeLabels.All"/>, <see cref="RelationshipTypes.All"/>): a
    /// store writes labels and types into its statements, so they come only from the model, never from input.
    /// </summary>
    public static void EnsureValid(GraphBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var nodeIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in batch.Nodes)
        {
            if (!NodeLabels.All.Contains(node.Label, StringComparer.Ordinal))
            {
                throw new ArgumentException($"Node '{node.Id}' has the label '{node.Label}', which is not in the graph model.", nameof(batch));
            }

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
            if (!RelationshipTypes.All.Contains(relationship.Type, StringComparer.Ordinal))
            {
                throw new ArgumentException(
                    $"Relationship '{relationship.Id}' has the type '{relationship.Type}', which is not in the graph model.", nameof(batch));
            }

            if (!nodeIds.Contains(relationship.StartId) || !nodeIds.Contains(relationship.EndId))
            {
                throw new ArgumentException(
                    $"Relationship '{relationship.Id}' connects a node that is not in the batch of '{batch.DocumentId}'.",
                    nameof(batch));
            }
        }
    }
}
