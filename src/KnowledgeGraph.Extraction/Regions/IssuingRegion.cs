namespace KnowledgeGraph.Extraction.Regions;

/// <summary>The region a document was issued in, such as 凉山州 (凉山彝族自治州).</summary>
/// <param name="Name">The region's name as the issuers write it (凉山州).</param>
/// <param name="Division">The gazetteer division it names.</param>
/// <param name="Span">Where it was read.</param>
public sealed record IssuingRegion(string Name, Division Division, SourceSpan Span);
