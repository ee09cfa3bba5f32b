using KnowledgeGraph.Extraction.Normalization;
using KnowledgeGraph.Extraction.Regions;

namespace KnowledgeGraph.Extraction.Articles;

/// <summary>
/// City reports: a line that names a gazetteer division, then a colon, then a headline with no other prose
/// punctuation (内江市:擦亮“学在内江”教育品牌) starts a city's section; a line opening with “数说” starts a block of
/// figures, which ends with its source line ((内容来源:内江市教育和体育局)), whose office reported it. A section
/// runs to the next section, or to the next figures block once it has body text of its own (a section whose
/// header is followed directly by its city's figures goes on after them).
/// </summary>
/// <param name="gazetteer">The divisions.</param>
public sealed class CityReportRecognizer(Gazetteer gazetteer) : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.Articles];

    /// <summary>A longer line is not a section header.</summary>
    public const int MaxHeaderLength = 40;

    private readonly Gazetteer _gazetteer = gazetteer;

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Paragraph? header = null;
        Paragraph? sectionEnd = null;
        Paragraph? figures = null;
        foreach (var paragraph in context.Text.Paragraphs)
        {
            var text = paragraph.Text;
            if (figures is not null)
            {
                if (IsSourceLine(text))
                {
                    var span = SourceSpan.FromBounds(figures.Span.Start, paragraph.Span.End);
                    context.Articles.Add(new ArticleEntity(ArticleGenres.Figures, figures.Text.Trim(), null, span, ReportingOffices.Read(text, paragraph.Span.Start)));
                    figures = null;
                }

                continue;
            }

            if (IsSectionHeader(text) || (text.StartsWith("“数说”", StringComparison.Ordinal) && sectionEnd != header))
            {
                AddSection(context, header, sectionEnd);
                header = null;
            }

            if (IsSectionHeader(text))
            {
                header = sectionEnd = paragraph;
            }
            else if (text.StartsWith("“数说”", StringComparison.Ordinal))
            {
                figures = paragraph;
            }
            else if (header is not null)
            {
                sectionEnd = paragraph;
            }
        }

        AddSection(context, header, sectionEnd);
    }

    private static void AddSection(ExtractionContext context, Paragraph? header, Paragraph? end)
    {
        if (header is not null && end is not null)
        {
            context.Articles.Add(new ArticleEntity(
                ArticleGenres.CityReport, header.Text.Trim(), null, SourceSpan.FromBounds(header.Span.Start, end.Span.End), []));
        }
    }

    private bool IsSectionHeader(string text)
    {
        var colon = text.IndexOfAny([':', '：']);
        return colon >= 2
            && text.Length <= MaxHeaderLength
            && _gazetteer.Lookup(text.AsSpan(0, colon)) is not null
            && !ChineseText.HasProsePunctuation(text[(colon + 1)..]);
    }

    private static bool IsSourceLine(string text) =>
        text.StartsWith("(内容来源", StringComparison.Ordinal) || text.StartsWith("（内容来源", StringComparison.Ordinal);
}
