namespace KnowledgeGraph.Extraction.Units;

/// <summary>A unit as written at one place in the text, before entity resolution.</summary>
/// <param name="Name">The name as written, with PDF spaces and stray brackets removed (州财政局).</param>
/// <param name="Span">Where it is written; the span may hold a stray bracket the name dropped.</param>
public sealed record UnitMention(string Name, SourceSpan Span);
