using KnowledgeGraph.Extraction.Units;

namespace KnowledgeGraph.Extraction.Responsibility;

/// <summary>One unit named in a responsibility bracket, and its role.</summary>
/// <param name="Mention">The unit as written there.</param>
/// <param name="Role">Lead or co-responsible.</param>
public sealed record ResponsibleUnit(UnitMention Mention, ResponsibilityRole Role);
