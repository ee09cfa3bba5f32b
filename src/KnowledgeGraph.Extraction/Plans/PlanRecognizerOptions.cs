using KnowledgeGraph.Extraction.Reference;

namespace KnowledgeGraph.Extraction.Plans;

/// <summary>Options of <see cref="PlanRecognizer"/>.</summary>
public sealed record PlanRecognizerOptions
{
    /// <summary>
    /// The defaults: titles end with a genre word of <c>seeds/reference/plan-genre-words.csv</c> (实施方案, 行动计划,
    /// 工作要点 …) and are at most 60 characters long.
    /// </summary>
    public static PlanRecognizerOptions Default { get; } = new()
    {
        TitleSuffixes = [.. ReferenceData.ReadCsv("plan-genre-words.csv").Select(row => row["word"])],
    };

    /// <summary>Endings that make a standalone line a plan title.</summary>
    public IReadOnlyList<string> TitleSuffixes { get; init; } = ["实施方案"];

    /// <summary>A longer line is a sentence, not a title.</summary>
    public int MaxTitleLength { get; init; } = 60;
}
