namespace KnowledgeGraph.Extraction;

/// <summary>A document as it enters extraction: its file name and its raw (PDF-extracted) text.</summary>
/// <param name="FileName">File name without directories, such as 004_e24c27e5441453ca.txt.</param>
/// <param name="Text">The raw text, line breaks and all.</param>
public sealed record SourceDocument(string FileName, string Text);
