namespace KnowledgeGraph.Extraction.Documents;

/// <summary>A value read from a document's head and where it was read.</summary>
/// <param name="Value">The value as stored (a title, a number, an ISO date).</param>
/// <param name="Span">The text it was read from.</param>
public sealed record DocumentField(string Value, SourceSpan Span);
