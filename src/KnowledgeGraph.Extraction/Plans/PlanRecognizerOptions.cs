namespace KnowledgeGraph.Extraction.Plans;

/// <summary>Options of <see cref="PlanRecognizer"/>.</summary>
public sealed record PlanRecognizerOptions
{
    /// <summary>
    /// Endings that make a standalone line a plan title: the genre words of the vocabulary
    /// (<see cref="ExtractionVocabulary.PlanGenreWords"/>: 实施方案, 行动计划, 工作要点 …).
    /// </summary>
    public required IReadOnlyList<string> TitleSuffixes { get; init; }

    /// <summary>A longer line is a sentence, not a title.</summary>
    public int MaxTitleLength { get; init; } = 60;
}
