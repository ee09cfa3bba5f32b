namespace KnowledgeGraph.Storage.Traversal;

/// <summary>The subgraph around one node: every node within <paramref name="Depth"/> hops, and the relationships between them.</summary>
/// <param name="StartId">The node to start from.</param>
/// <param name="Depth">How many relationships a path from the start may follow (0 gives the start alone).</param>
/// <param name="Types">Relationship types that may be followed; empty for every type.</param>
/// <param name="Direction">Which way relationships may be followed.</param>
/// <param name="MaxNodes">The most nodes to return; nearer nodes win, ties go to the smaller id.</param>
public sealed record NeighborhoodQuery(
    string StartId,
    int Depth,
    IReadOnlyCollection<string> Types,
    TraversalDirection Direction,
    int MaxNodes);
