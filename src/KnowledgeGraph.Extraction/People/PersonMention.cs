namespace KnowledgeGraph.Extraction.People;

/// <summary>A named official as written at one place, with the titles written before the name.</summary>
/// <param name="Name">The person's name.</param>
/// <param name="Span">Where the name is written.</param>
/// <param name="Titles">The titles, each as written (教育厅党组书记、厅长), with their spans.</param>
public sealed record PersonMention(string Name, SourceSpan Span, IReadOnlyList<(string Title, SourceSpan Span)> Titles);
