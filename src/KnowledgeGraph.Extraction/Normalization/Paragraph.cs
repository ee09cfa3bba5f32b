namespace KnowledgeGraph.Extraction.Normalization;

/// <summary>One paragraph of the normalised text.</summary>
/// <param name="Index">0-based position among the document's paragraphs.</param>
/// <param name="Span">Where the paragraph sits in the normalised text (without its trailing line break).</param>
/// <param name="Text">The paragraph's text.</param>
public sealed record Paragraph(int Index, SourceSpan Span, string Text);
