namespace KnowledgeGraph.Domain.Graph;

/// <summary>
/// Everything one document yields: its nodes and relationships. A store applies a batch as one unit, replacing
/// whatever an earlier version of the same document contributed.
/// </summary>
/// <param name="DocumentId">Id of the document node this batch belongs to.</param>
/// <param name="Nodes">Nodes, each id at most once.</param>
/// <param name="Relationships">Relationships between those nodes or nodes of other batches.</param>
public sealed record GraphBatch(
    string DocumentId,
    IReadOnlyList<NodeRecord> Nodes,
    IReadOnlyList<RelationshipRecord> Relationships);
