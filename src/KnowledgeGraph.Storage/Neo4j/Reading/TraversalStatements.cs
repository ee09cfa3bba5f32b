using System.Globalization;
using KnowledgeGraph.Storage.Traversal;

namespace KnowledgeGraph.Storage.Neo4j.Reading;

/// <summary>
/// Neighbourhoods and shortest paths. A quantifier's bounds must be literal integers in Cypher (<c>{0,$depth}</c> does
/// not parse), so the checked depth is written into the text: one statement per depth, up to the largest the API's
/// configuration allows (<see cref="MaxDepth"/>, <see cref="MaxPathLength"/>). A bound of zero has a statement without
/// a quantifier, since <c>{0,0}</c> is not valid either.
/// </summary>
internal static class TraversalStatements
{
    /// <summary>The deepest neighbourhood there is a statement for (the most <c>KnowledgeGraph:Traversal:MaxDepth</c> accepts).</summary>
    public const int MaxDepth = 10;

    /// <summary>The longest path there is a statement for (the most <c>KnowledgeGraph:Traversal:MaxPathLength</c> accepts).</summary>
    public const int MaxPathLength = 20;

    /// <summary>
    /// The nodes nearest the start, by distance then id, at most <c>$maxNodes</c> of them and whether more were in reach
    /// (<c>$nodeLimit</c>, one more, is read to know), and the relationships of the followed types among them, by id; no row's
    /// <c>nodes</c> is empty unless the start is missing. <c>SHORTEST 1</c> to every node in reach gives each its distance.
    /// </summary>
    public static CypherStatement GetNeighborhood(NeighborhoodQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.Depth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Depth, MaxDepth);
        var parameters = new Dictionary<string, object?> { ["startId"] = query.StartId, ["maxNodes"] = query.MaxNodes, ["nodeLimit"] = query.MaxNodes + 1 };
        if (query.Types.Count > 0)
        {
            parameters["types"] = query.Types.Distinct(StringComparer.Ordinal).Select(CypherNames.Type).ToList();
        }

        var nearest = query.Depth == 0
            ? "MATCH (n:Entity {id: $startId}) WITH n, 0 AS distance"
            : $"MATCH (start:Entity {{id: $startId}}) MATCH p = SHORTEST 1 (start){CypherNames.Arrow(query.Direction, CypherNames.AnyType(string.Empty, query.Types, "types"))}{{0,{Bound(query.Depth)}}}(n:Entity) " +
              "WITH n, length(p) AS distance";
        var text = $"{nearest} ORDER BY distance, n.id LIMIT $nodeLimit " +
            "WITH collect(n) AS reached WITH reached[..$maxNodes] AS nodes, size(reached) > $maxNodes AS truncated " +
            $"RETURN nodes, truncated, COLLECT {{ UNWIND nodes AS a MATCH (a)-[{CypherNames.AnyType("r", query.Types, "types")}]->(b) WHERE b IN nodes " +
            $"WITH r ORDER BY r.id RETURN {GraphRecordDecoder.RelationshipMap("r")} }} AS relationships";
        return CypherStatement.Read("GetNeighborhood", text, parameters);
    }

    /// <summary>
    /// Every shortest path of at most the query's length (<c>ALL SHORTEST</c>, any type, either way), ordered by the ids
    /// of their nodes and then of their relationships (lists compare element by element), the first <c>$maxPaths</c>.
    /// A length of zero is a path only from a node to itself.
    /// </summary>
    public static CypherStatement FindShortestPaths(PathQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.MaxLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.MaxLength, MaxPathLength);
        var parameters = new Dictionary<string, object?> { ["fromId"] = query.FromId, ["toId"] = query.ToId, ["maxPaths"] = query.MaxPaths };
        var text = query.MaxLength == 0
            ? "MATCH p = (from:Entity {id: $fromId}) WHERE from.id = $toId RETURN p LIMIT $maxPaths"
            : $"MATCH p = ALL SHORTEST (from:Entity {{id: $fromId}})-[]-{{0,{Bound(query.MaxLength)}}}(to:Entity {{id: $toId}}) " +
              "RETURN p ORDER BY [node IN nodes(p) | node.id], [relationship IN relationships(p) | relationship.id] LIMIT $maxPaths";
        return CypherStatement.Read("FindShortestPaths", text, parameters);
    }

    private static string Bound(int checkedBound) => checkedBound.ToString(CultureInfo.InvariantCulture);
}
