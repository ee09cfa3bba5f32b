using KnowledgeGraph.Domain.Measures;

namespace KnowledgeGraph.Extraction.Responsibility;

/// <summary>Who is responsible for a measure, as its text (or its section heading's) names them.</summary>
/// <param name="MeasureId">Id of the measure.</param>
/// <param name="Span">The bracket, line or sentence that names the units.</param>
/// <param name="Units">The units named, in written order.</param>
/// <param name="Rule">Which rule told the leads from the units that share.</param>
/// <param name="RuleSpan">The words the rule was read from: the stated rule, else <paramref name="Span"/>.</param>
/// <param name="Form">How the units are named: in a bracket or line with labels, an unlabeled bracket, or a sentence.</param>
public sealed record ResponsibilityBracket(
    string MeasureId, SourceSpan Span, IReadOnlyList<ResponsibleUnit> Units, ResponsibilityRuleKind Rule, SourceSpan RuleSpan, ResponsibilityForm Form);
