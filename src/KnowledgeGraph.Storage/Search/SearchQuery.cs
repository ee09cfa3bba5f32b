namespace KnowledgeGraph.Storage.Search;

/// <summary>A full-text search over the <see cref="SearchFields"/> of every node, analysed as CJK bigrams.</summary>
/// <param name="Text">What the user typed; Lucene query syntax in it is taken literally.</param>
/// <param name="Labels">Only nodes with one of these labels; empty for every label.</param>
/// <param name="MaxHits">The most hits to return, best first.</param>
public sealed record SearchQuery(string Text, IReadOnlyCollection<string> Labels, int MaxHits);
