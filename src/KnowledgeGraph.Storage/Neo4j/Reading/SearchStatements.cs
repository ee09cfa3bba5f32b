using KnowledgeGraph.Storage.Search;

namespace KnowledgeGraph.Storage.Neo4j.Reading;

/// <summary>Full-text search over the <c>cjk</c>-analysed index the writer creates.</summary>
internal static class SearchStatements
{
    /// <summary>
    /// The best <c>$maxHits</c> nodes for the escaped text, of the given labels when there are some, best first and
    /// equal scores in document order, as the embedded index ranks them.
    /// </summary>
    public static CypherStatement Search(SearchQuery query)
    {
        var parameters = new Dictionary<string, object?> { ["query"] = LuceneQueryText.Literal(query.Text), ["maxHits"] = query.MaxHits };
        var labelFilter = string.Empty;
        if (query.Labels.Count > 0)
        {
            parameters["labels"] = query.Labels.Distinct(StringComparer.Ordinal).Select(CypherNames.Label).ToList();
            labelFilter = "WHERE any(label IN labels(node) WHERE label IN $labels) ";
        }

        return CypherStatement.Read(
            "Search",
            $"CALL db.index.fulltext.queryNodes('{Neo4jGraphModel.FullTextIndexName}', $query) YIELD node, score {labelFilter}" +
            $"RETURN node, score ORDER BY score DESC, {CypherNames.DocumentOrder("node")} LIMIT $maxHits",
            parameters);
    }
}
