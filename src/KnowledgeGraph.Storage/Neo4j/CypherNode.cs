namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// A node as the Query API returns it. <paramref name="ElementId"/> is only meaningful inside one transaction: match
/// nodes on our own <c>id</c> property.
/// </summary>
internal sealed record CypherNode(
    string ElementId,
    IReadOnlyList<string> Labels,
    IReadOnlyDictionary<string, object?> Properties);
