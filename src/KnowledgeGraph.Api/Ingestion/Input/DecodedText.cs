using KnowledgeGraph.Api.Ingestion.Errors;

namespace KnowledgeGraph.Api.Ingestion.Input;

/// <summary>A file's bytes as text, or why they are not text.</summary>
/// <param name="Text">The decoded text, without a byte order mark; null when <paramref name="Error"/> is set.</param>
/// <param name="Warnings">What the decoder had to do, such as reading GB18030.</param>
/// <param name="Error">Why the bytes could not be decoded.</param>
public sealed record DecodedText(string? Text, IReadOnlyList<IngestionWarning> Warnings, IngestionError? Error);
