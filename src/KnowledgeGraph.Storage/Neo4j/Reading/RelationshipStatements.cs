using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Storage.Neo4j.Reading;

/// <summary>
/// The statements that read a batch of nodes' relationships of one type, each batch one <c>UNWIND $ids</c>. The type is
/// written into the text (checked against the graph model), so Neo4j expands by a static type.
/// </summary>
internal static class RelationshipStatements
{
    /// <summary>Every relationship of the type at each node, in document order, each row with the node it was found from.</summary>
    public static CypherStatement GetRelationships(IReadOnlyList<string> distinctIds, RelationshipDirection direction, string type)
    {
        var pattern = CypherNames.Arrow(direction, $"r:{CypherNames.Type(type)}");
        return CypherStatement.Read(
            "GetRelationships",
            $"UNWIND $ids AS id MATCH (n:Entity {{id: id}}){pattern}() RETURN id, {GraphRecordDecoder.RelationshipMap("r")} AS relationship ORDER BY {CypherNames.DocumentOrder("r")}",
            new Dictionary<string, object?> { ["ids"] = distinctIds });
    }

    /// <summary>
    /// For each node, how many relationships of the type it has (a <c>COUNT {}</c> subquery: nothing is collected to be
    /// counted) and the first <c>$first</c> of them in document order; a missing node counts zero.
    /// </summary>
    public static CypherStatement GetRelationshipSlices(IReadOnlyList<string> distinctIds, RelationshipDirection direction, string type, int firstPerNode)
    {
        var typeName = CypherNames.Type(type);
        var counted = CypherNames.Arrow(direction, $":{typeName}");
        var read = CypherNames.Arrow(direction, $"r:{typeName}");
        return CypherStatement.Read(
            "GetRelationshipSlices",
            $"UNWIND $ids AS id OPTIONAL MATCH (n:Entity {{id: id}}) RETURN id, COUNT {{ (n){counted}() }} AS total, " +
            $"COLLECT {{ MATCH (n){read}() WITH r ORDER BY {CypherNames.DocumentOrder("r")} LIMIT $first RETURN {GraphRecordDecoder.RelationshipMap("r")} }} AS first",
            new Dictionary<string, object?> { ["ids"] = distinctIds, ["first"] = firstPerNode });
    }
}
