namespace KnowledgeGraph.Extraction.Regions;

/// <summary>The region a document was issued in, such as 凉山州 (凉山彝族自治州).</summary>
/// <param name="Name">The region's name as the issuers write it (凉山州).</param>
/// <param name="Division">The gazetteer division it names.</param>
/// <param name="Span">Where it was read.</param>
/// <param name="District">
/// A district or county of <paramref name="Division"/> that the gazetteer does not know, written right after it
/// (重庆市九龙坡区教育委员会: 九龙坡区), or null: the document is that district's, though it is no gazetteer division.
/// </param>
public sealed record IssuingRegion(string Name, Division Division, SourceSpan Span, string? District = null);
