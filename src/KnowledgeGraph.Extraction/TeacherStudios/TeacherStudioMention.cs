using KnowledgeGraph.Extraction.Regions;

namespace KnowledgeGraph.Extraction.TeacherStudios;

/// <summary>Studios of one kind, level and region as counted at one place of the text.</summary>
/// <param name="Name">Region, level and kind (平昌县县级名师工作室).</param>
/// <param name="Span">From the level (or kind) to the count.</param>
/// <param name="Region">The region whose studios these are, or null.</param>
public sealed record TeacherStudioMention(string Name, SourceSpan Span, Division? Region);
