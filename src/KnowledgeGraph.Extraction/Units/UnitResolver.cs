namespace KnowledgeGraph.Extraction.Units;

/// <summary>
/// Entity resolution for units, first slice. A document speaks of its own region by the level word alone: in a
/// notice issued by 凉山州人民政府办公室, 州财政局 is 凉山州财政局; in one from 达州市, 市财政局 is 达州市财政局. So a
/// unit whose name starts with a level character (州, 市, 省) of the issuing region gets the region's name that ends
/// with that character in front of it (凉山州 for 州, 达州市 for 市) and keeps the short form as an alias. The region is read from the document
/// (<see cref="Regions.IssuingRegionRecognizer"/>); without one, names stay as written. Every other unit keeps its
/// name, collective ones too (各县（市）党委和人民政府); a collective written without 各 (县（市）党委和人民政府) is that
/// same collective, since 县（市） followed by a bracketed level word can only mean every county, and takes the 各 back
/// with the written form as an alias. 州直相关部门, the prefecture's own departments as a collective,
/// starts with 州 and so becomes 凉山州直相关部门: it stands for different departments in every prefecture, so it must
/// not merge across documents of different regions. Runs after every recogniser that records unit mentions.
/// </summary>
public sealed class UnitResolver : IRecognizer
{
    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var issuer in context.Header.Issuers)
        {
            context.Units.Register(issuer.Name, issuer.Span, CanonicalName(issuer.Name, context.Region));
        }

        foreach (var company in context.Companies)
        {
            context.Units.Register(company.Name, company.Span, company.Name);
        }

        foreach (var reporter in context.Articles.SelectMany(article => article.Reporters))
        {
            context.Units.Register(reporter.Name, reporter.Span, CanonicalName(reporter.Name, context.Region));
        }

        foreach (var bracket in context.Responsibilities)
        {
            foreach (var responsible in bracket.Units)
            {
                context.Units.Register(responsible.Mention.Name, responsible.Mention.Span, CanonicalName(responsible.Mention.Name, context.Region));
            }
        }
    }

    /// <summary>The canonical name of a unit written <paramref name="writtenName"/> in a document of <paramref name="region"/>.</summary>
    public static string CanonicalName(string writtenName, Regions.IssuingRegion? region)
    {
        ArgumentNullException.ThrowIfNull(writtenName);

        // 县（市）党委和人民政府: the counties as a collective, named with 各 everywhere else.
        if (writtenName.StartsWith("县（", StringComparison.Ordinal))
        {
            return "各" + writtenName;
        }

        if (region is null || writtenName.Length < 2 || region.Division.FormEndingWith(writtenName[0]) is not { } regionName)
        {
            return writtenName;
        }

        // 州财政局 → 凉山 + 州财政局: the written level character is the last character of the region's name.
        return regionName[..^1] + writtenName;
    }
}
