using Lucene.Net.QueryParsers.Classic;

namespace KnowledgeGraph.Storage.Search;

/// <summary>
/// What a user typed, as a query for Lucene's classic query parser with every operator escaped, so that
/// <c>财政 AND (</c> or <c>title:财政</c> is searched for as text. The embedded index and Neo4j's
/// <c>db.index.fulltext.queryNodes</c> parse with the same parser, so both stores read it the same way.
/// </summary>
public static class LuceneQueryText
{
    /// <summary>The text with Lucene's query syntax escaped.</summary>
    public static string Literal(string text) => QueryParserBase.Escape(text);
}
