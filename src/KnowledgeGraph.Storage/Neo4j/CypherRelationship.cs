namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>A relationship as the Query API returns it; its direction is given only by the start and end element ids.</summary>
internal sealed record CypherRelationship(
    string ElementId,
    string StartNodeElementId,
    string EndNodeElementId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties);
