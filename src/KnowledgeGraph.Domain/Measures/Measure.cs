namespace KnowledgeGraph.Domain.Measures;

/// <summary>A numbered measure of a plan.</summary>
public sealed class Measure
{
    /// <summary>Node id.</summary>
    public required string Id { get; init; }

    /// <summary>The number the measure carries in its plan.</summary>
    public int Number { get; init; }

    /// <summary>The number as the plan writes it, with brackets or separator: （三）, 3., ②.</summary>
    public string? NumberAsWritten { get; init; }

    /// <summary>Position (1-based) of the measure in its plan.</summary>
    public int Ordinal { get; init; }

    /// <summary>Short title: the text up to the first 。.</summary>
    public required string Title { get; init; }

    /// <summary>Full normalised text, responsibility bracket included.</summary>
    public required string Text { get; init; }

    /// <summary>Heading the measure sits under, such as （一）大力实施普惠性资源扩容增效.</summary>
    public string? Section { get; init; }

    /// <summary>When the measure is to be done, as written (2025年6月, 2024年12月底前完成, 持续推进); null when not said.</summary>
    public string? Deadline { get; init; }

    /// <summary>Which rule told its lead units from those that share it, with the words it was read from; null when no unit is named.</summary>
    public ResponsibilityRule? ResponsibilityRule { get; init; }

    /// <summary>Where the measure was read.</summary>
    public Graph.Evidence? Evidence { get; init; }
}
