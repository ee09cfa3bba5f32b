namespace KnowledgeGraph.Extraction.Responsibility;

/// <summary>The responsibility bracket that closes a measure (〔责任单位：…〕).</summary>
/// <param name="MeasureId">Id of the measure it closes.</param>
/// <param name="Span">From the opening bracket to the closing one.</param>
/// <param name="Units">The units named, in written order.</param>
public sealed record ResponsibilityBracket(string MeasureId, SourceSpan Span, IReadOnlyList<ResponsibleUnit> Units);
