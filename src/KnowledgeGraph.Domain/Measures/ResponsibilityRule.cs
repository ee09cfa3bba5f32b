namespace KnowledgeGraph.Domain.Measures;

/// <summary>Why the lead units of a measure lead: the rule applied and the words of the document it was read from.</summary>
public sealed class ResponsibilityRule
{
    /// <summary>Which rule was applied.</summary>
    public required ResponsibilityRuleKind Kind { get; init; }

    /// <summary>
    /// The words that decide, as written: the stated rule (列第一位的为牵头单位), else the bracket or sentence that names
    /// the units.
    /// </summary>
    public required string Statement { get; init; }

    /// <summary>Where <see cref="Statement"/> is written (the rule may be stated far from the measure, in the notice).</summary>
    public required Graph.Evidence Evidence { get; init; }
}
