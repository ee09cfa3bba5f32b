using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Normalization;

namespace KnowledgeGraph.Extraction.Articles;

/// <summary>
/// Work bulletin items: a paragraph opening with ● or ▲ starts an item, which runs until the next item, the next
/// 【…】 heading (also where the PDF joiner glued it to the item's last line), a distribution line (送： 抄送：) or
/// the end. The item's section is the 【…】 heading above it; its title is its text (line breaks and page numbers
/// dropped) up to the first 。; the parenthetical that closes it names the offices
/// that reported it (<see cref="ReportingOffices"/>).
/// </summary>
public sealed partial class BulletinItemRecognizer : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.Articles];

    /// <summary>A title is cut here when an item has no 。 early on.</summary>
    public const int MaxTitleLength = 60;

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string? section = null;
        Paragraph? first = null;
        Paragraph? last = null;
        foreach (var paragraph in context.Text.Paragraphs)
        {
            var text = paragraph.Text;

            var isHeading = text.StartsWith('【') && text.EndsWith('】');
            var isItem = text.Length > 1 && text[0] is '●' or '▲';
            if (isHeading || isItem || text.StartsWith("送：", StringComparison.Ordinal) || text.StartsWith("抄送", StringComparison.Ordinal))
            {
                Flush(context, section, first, last);
                first = isItem ? paragraph : null;
                last = first;
                section = isHeading ? text : section;
            }
            else if (first is not null)
            {
                last = paragraph;
            }

            // The PDF joiner glues a heading to the paragraph above it (…（高教处）【招生考试】): the item ends before it.
            var glued = text.EndsWith('】') ? text.LastIndexOf('【') : -1;
            if (glued > 0 && first is not null)
            {
                Flush(context, section, first, SourceSpan.FromBounds(first.Span.Start, paragraph.Span.Start + glued));
                first = last = null;
                section = text[glued..];
            }
        }

        Flush(context, section, first, last);
    }

    private static void Flush(ExtractionContext context, string? section, Paragraph? first, Paragraph? last)
    {
        if (first is not null && last is not null)
        {
            Flush(context, section, first, SourceSpan.FromBounds(first.Span.Start, last.Span.End));
        }
    }

    private static void Flush(ExtractionContext context, string? section, Paragraph? first, SourceSpan span)
    {
        if (first is null)
        {
            return;
        }

        var text = context.Text.Slice(span);

        // Page numbers stand alone on their lines.
        var body = PageNumberRegex().Replace(text[1..], string.Empty).Replace("\n", string.Empty, StringComparison.Ordinal);
        var stop = body.IndexOf('。', StringComparison.Ordinal);
        var title = (stop < 0 ? body : body[..stop]).Trim();
        if (title.Length > MaxTitleLength)
        {
            title = title[..MaxTitleLength];
        }

        context.Articles.Add(new ArticleEntity(ArticleGenres.BulletinItem, title, section, span, ReportingOffices.Read(text, span.Start)));
    }

    [GeneratedRegex(@"\n[0-9]{1,3}(?=\n)")]
    private static partial Regex PageNumberRegex();
}
