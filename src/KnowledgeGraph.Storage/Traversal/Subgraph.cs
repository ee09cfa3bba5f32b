using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Storage.Traversal;

/// <summary>A set of nodes and the relationships among them, for drawing.</summary>
/// <param name="Nodes">The nodes, nearest to the traversal's start first, ties by id.</param>
/// <param name="Relationships">Relationships whose both ends are among <paramref name="Nodes"/>, by id.</param>
/// <param name="Truncated">True when more nodes were in reach than the query allowed.</param>
public sealed record Subgraph(IReadOnlyList<NodeRecord> Nodes, IReadOnlyList<RelationshipRecord> Relationships, bool Truncated);
