namespace KnowledgeGraph.Extraction.Regions;

/// <summary>The region a document was issued in, such as 凉山州 (level character 州, stem 凉山).</summary>
/// <param name="Name">The region's name as the issuers write it, ending with its level character.</param>
/// <param name="Span">Where it was read.</param>
public sealed record IssuingRegion(string Name, SourceSpan Span)
{
    /// <summary>The level character that ends the name (州, 市, 县, 区, 省) and that short unit names start with.</summary>
    public char LevelCharacter => Name[^1];

    /// <summary>The name without its level character (凉山).</summary>
    public string Stem => Name[..^1];
}
