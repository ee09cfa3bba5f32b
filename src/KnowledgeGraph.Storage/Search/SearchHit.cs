using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Storage.Search;

/// <summary>A node that matches a search, how well, and where.</summary>
/// <param name="Node">The node.</param>
/// <param name="Score">Relevance (BM25 over the matched fields); higher is better, comparable within one search only.</param>
/// <param name="Highlight">The best-matching field's text around the matches, with the matches marked.</param>
public sealed record SearchHit(NodeRecord Node, float Score, Highlight Highlight);
