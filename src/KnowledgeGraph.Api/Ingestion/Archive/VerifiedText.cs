using KnowledgeGraph.Api.Ingestion.Errors;

namespace KnowledgeGraph.Api.Ingestion.Archive;

/// <summary>A kept document's text once verified, or why it failed verification.</summary>
/// <param name="Text">The document's text; null when <paramref name="Error"/> is set.</param>
/// <param name="Error">The first check the document failed.</param>
public sealed record VerifiedText(string? Text, IngestionError? Error);
