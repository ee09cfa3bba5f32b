namespace KnowledgeGraph.Extraction.Plans;

/// <summary>Options of <see cref="PlanRecognizer"/>.</summary>
public sealed record PlanRecognizerOptions
{
    /// <summary>The defaults: titles end with 实施方案 and are at most 60 characters long.</summary>
    public static PlanRecognizerOptions Default { get; } = new();

    /// <summary>Endings that make a standalone line a plan title.</summary>
    public IReadOnlyList<string> TitleSuffixes { get; init; } = ["实施方案"];

    /// <summary>A longer line is a sentence, not a title.</summary>
    public int MaxTitleLength { get; init; } = 60;
}
