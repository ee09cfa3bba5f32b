namespace KnowledgeGraph.Extraction.Programs;

/// <summary>A program as written at one place of the text.</summary>
/// <param name="Name">Its name as written, quotes kept and whitespace dropped (“经典润乡土”计划).</param>
/// <param name="Span">Where it is written.</param>
public sealed record ProgramMention(string Name, SourceSpan Span);
