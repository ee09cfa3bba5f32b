using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Aggregates;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Storage.Neo4j.Reading;

/// <summary>Relationship counts, node sums and graph statistics: each one statement, counted by Neo4j.</summary>
internal static class AggregateStatements
{
    /// <summary>
    /// The end nodes of the counted relationships (<c>:$any($types)</c>; the caller answers an empty list itself), each
    /// with its count per type in the order of <c>$types</c>, ranked by the counts weighted by <c>$rankWeights</c> (how
    /// often each type is among the ranking ones), then the total, then the counts in type order (lists compare element
    /// by element), then id. A containment is an <c>EXISTS</c> over the containment types followed any number of times.
    /// </summary>
    public static CypherStatement CountRelationships(RelationshipCountQuery query)
    {
        var rankBy = query.RankBy.Count > 0 ? query.RankBy : query.Types;
        var parameters = new Dictionary<string, object?>
        {
            ["types"] = query.Types.Select(CypherNames.Type).ToList(),
            ["rankWeights"] = query.Types.Select(type => rankBy.Count(ranking => ranking == type)).ToList(),
            ["maxResults"] = query.MaxResults,
        };
        var inside = query.StartWithin.Select((containment, i) => Inside("s", containment, $"start{i}", parameters))
            .Concat(query.EndWithin.Select((containment, i) => Inside("e", containment, $"end{i}", parameters)))
            .ToList();
        var where = inside.Count == 0 ? string.Empty : $" WHERE {string.Join(" AND ", inside)}";
        var text = $"MATCH (s:Entity)-[r:$any($types)]->(e:Entity){where} " +
            "WITH e, type(r) AS relationshipType, count(r) AS n WITH e, collect([relationshipType, n]) AS counted " +
            "WITH e, [t IN $types | coalesce(head([c IN counted WHERE c[0] = t | c[1]]), 0)] AS counts " +
            "WITH e, counts, reduce(weighted = 0, i IN range(0, size(counts) - 1) | weighted + counts[i] * $rankWeights[i]) AS ranked, " +
            "reduce(summed = 0, typeCount IN counts | summed + typeCount) AS total " +
            "RETURN e.id AS nodeId, counts ORDER BY ranked DESC, total DESC, counts DESC, e.id LIMIT $maxResults";
        return CypherStatement.Read("CountRelationships", text, parameters);
    }

    /// <summary>
    /// The nodes of a label in groups (by a property's value as a string, or by the node at the other end of a
    /// relationship, a node related to none in the null group), with each group's count and, per summed property,
    /// <c>sum</c> (null when no node has it, unlike Cypher's zero) and <c>count</c>; largest first by the first sum,
    /// then count, then key with the null key last.
    /// </summary>
    public static CypherStatement SumNodes(NodeSumQuery query)
    {
        var label = CypherNames.Label(query.Label);
        var grouped = query.GroupBy switch
        {
            GroupByProperty byProperty =>
                $"MATCH (n:{label}) WITH n, toString({CypherNames.Property("n", byProperty.Property)}) AS groupKey",
            GroupByRelated byRelated =>
                $"MATCH (n:{label}) OPTIONAL MATCH (n){CypherNames.Arrow(byRelated.Direction, ":" + CypherNames.Type(byRelated.Type))}(g:Entity) " +
                "WITH DISTINCT n, g.id AS groupKey",
            _ => throw new NotSupportedException($"Unknown grouping {query.GroupBy.GetType().Name}."),
        };
        var sums = query.SumProperties.Select((property, i) =>
        {
            var value = CypherNames.Property("n", property);
            return $", CASE count({value}) WHEN 0 THEN null ELSE sum({value}) END AS sum{i}, count({value}) AS count{i}";
        });
        var order = query.SumProperties.Count > 0 ? "sum0 IS NULL, sum0 DESC, members DESC, groupKey" : "members DESC, groupKey";
        var returned = string.Concat(Enumerable.Range(0, query.SumProperties.Count).Select(i => $", [sum{i}, count{i}]"));
        var text = $"{grouped} WITH groupKey, count(n) AS members{string.Concat(sums)} " +
            $"RETURN groupKey, members, [{returned.TrimStart(',', ' ')}] AS sums ORDER BY {order} LIMIT $maxGroups";
        return CypherStatement.Read("SumNodes", text, new Dictionary<string, object?> { ["maxGroups"] = query.MaxGroups });
    }

    /// <summary>
    /// Nodes by label and relationships by type, overall (a null document) and per document: a node for each document
    /// whose batch holds it, and so is a relationship (<c>_documentIds</c> on both).
    /// </summary>
    public static CypherStatement GetStatistics() => CypherStatement.Read(
        "GetStatistics",
        $"MATCH (n:Entity) WITH [label IN labels(n) WHERE label <> '{NodeLabels.Entity}'][0] AS name, n " +
        $"UNWIND [null] + coalesce(n.{Neo4jGraphModel.DocumentIdsProperty}, []) AS documentId " +
        "RETURN 'node' AS kind, documentId, name, count(*) AS total " +
        "UNION ALL " +
        $"MATCH ()-[r]->() UNWIND [null] + coalesce(r.{Neo4jGraphModel.DocumentIdsProperty}, []) AS documentId " +
        "RETURN 'relationship' AS kind, documentId, type(r) AS name, count(*) AS total");

    // A node inside a containment reaches the ancestor by the containment types followed from start to end, zero or
    // more times; no types means any type, as in the embedded store.
    private static string Inside(string variable, Containment containment, string name, Dictionary<string, object?> parameters)
    {
        parameters[$"{name}Ancestor"] = containment.AncestorId;
        var via = $"{name}Via";
        if (containment.Via.Count > 0)
        {
            parameters[via] = containment.Via.Select(CypherNames.Type).ToList();
        }

        return $"EXISTS {{ ({variable})-[{CypherNames.AnyType(string.Empty, containment.Via, via)}]->{{0,}}(:Entity {{id: ${name}Ancestor}}) }}";
    }
}
