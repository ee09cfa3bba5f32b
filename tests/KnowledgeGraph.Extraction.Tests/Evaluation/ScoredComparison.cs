namespace KnowledgeGraph.Extraction.Tests.Evaluation;

/// <summary>A score with the items behind its misses, to print.</summary>
/// <param name="Score">The counts.</param>
/// <param name="Missed">Wanted items nothing found matches.</param>
/// <param name="Spurious">Found items that match nothing wanted.</param>
public sealed record ScoredComparison<T>(Score Score, IReadOnlyList<T> Missed, IReadOnlyList<T> Spurious);
