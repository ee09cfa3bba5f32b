namespace KnowledgeGraph.Extraction.Targets;

/// <summary>A quantified goal as read at one place of the text.</summary>
/// <param name="Name">Indicator, verb and value, such as 学前三年毛入园率达92%.</param>
/// <param name="Indicator">What is measured, such as 学前三年毛入园率.</param>
/// <param name="Value">The value as written, such as 92%.</param>
/// <param name="Year">The year it is due by.</param>
/// <param name="Span">From the indicator to the value.</param>
/// <param name="Clause">The sentence it was read from.</param>
public sealed record TargetMention(string Name, string Indicator, string Value, int Year, SourceSpan Span, string Clause);
