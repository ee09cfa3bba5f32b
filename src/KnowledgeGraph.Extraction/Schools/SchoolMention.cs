using KnowledgeGraph.Extraction.Regions;

namespace KnowledgeGraph.Extraction.Schools;

/// <summary>A school as written at one place of the text.</summary>
/// <param name="Name">Its name as written, whitespace dropped (成都理工大学).</param>
/// <param name="Span">Where it is written.</param>
/// <param name="Type">university, college, vocational, secondary, primary, kindergarten, special or general (a school of no one stage: 宁南春晖学校).</param>
/// <param name="Region">The most specific division its name starts with (苍溪县 in 四川省苍溪县职业高级中学), or null.</param>
public sealed record SchoolMention(string Name, SourceSpan Span, string Type, Division? Region);
