namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// A path: its nodes in order and the relationships between consecutive ones. A relationship may point either way;
/// compare its start and end element ids with the nodes to know which.
/// </summary>
internal sealed record CypherPath(IReadOnlyList<CypherNode> Nodes, IReadOnlyList<CypherRelationship> Relationships);
