using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Storage.Neo4j.Reading;

/// <summary>The statements that read nodes: by id (a DataLoader batch) and by label, filter, order and page.</summary>
internal static class NodeStatements
{
    /// <summary>
    /// The nodes with the given ids, one <c>UNWIND</c> for the whole batch; the caller puts them back in the order asked.
    /// </summary>
    public static CypherStatement GetNodes(IReadOnlyCollection<string> ids) => CypherStatement.Read(
        "GetNodes",
        "UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n",
        new Dictionary<string, object?> { ["ids"] = ids.Distinct(StringComparer.Ordinal).ToList() });

    /// <summary>
    /// How many nodes match, and the rows <c>[$skip, $skip + $limit)</c> of their order, in one statement so that the
    /// count and the page come from one read. The order is the query's keys, each descending key with its nulls last
    /// (<c>n.x IS NULL, n.x DESC</c>: Cypher would put them first), then document order.
    /// </summary>
    public static CypherStatement FindNodes(NodeQuery query, int skip, int limit)
    {
        var label = CypherNames.Label(query.Label);
        var (predicate, parameters) = query.Filter is { } filter ? NodeFilterCypher.Translate(filter, "n") : ("true", new Dictionary<string, object?>());
        var match = predicate == "true" ? $"MATCH (n:{label})" : $"MATCH (n:{label}) WHERE {predicate}";
        var order = string.Join(", ", query.Order.Select(SortKey).Append(CypherNames.DocumentOrder("n")));
        var text = $"RETURN COUNT {{ {match} }} AS total, COLLECT {{ {match} RETURN n ORDER BY {order} SKIP $skip LIMIT $limit }} AS page";
        return CypherStatement.Read("FindNodes", text, new Dictionary<string, object?>(parameters) { ["skip"] = skip, ["limit"] = limit });
    }

    private static string SortKey(SortField field)
    {
        var value = CypherNames.Property("n", field.Property);
        return field.Descending ? $"{value} IS NULL, {value} DESC" : value;
    }
}
