using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Storage.Traversal;

/// <summary>A path: nodes and the relationships between them, alternating.</summary>
/// <param name="Nodes">The nodes in path order, the start first.</param>
/// <param name="Relationships">
/// <c>Relationships[i]</c> joins <c>Nodes[i]</c> and <c>Nodes[i + 1]</c>, pointing either way.
/// </param>
public sealed record GraphPath(IReadOnlyList<NodeRecord> Nodes, IReadOnlyList<RelationshipRecord> Relationships)
{
    /// <summary>The number of relationships.</summary>
    public int Length => Relationships.Count;
}
