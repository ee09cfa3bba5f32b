namespace KnowledgeGraph.Domain.Graph;

/// <summary>A directed, typed relationship between two nodes, with its properties (evidence among them).</summary>
/// <param name="Id">Deterministic id built by <see cref="NodeIds.Relationship"/>.</param>
/// <param name="Type">One of <see cref="RelationshipTypes"/>.</param>
/// <param name="StartId">Id of the node the relationship starts at.</param>
/// <param name="EndId">Id of the node the relationship points to.</param>
/// <param name="Properties">The relationship's properties, keyed by <see cref="PropertyNames"/>.</param>
public sealed record RelationshipRecord(
    string Id,
    string Type,
    string StartId,
    string EndId,
    IReadOnlyDictionary<string, object?> Properties);
