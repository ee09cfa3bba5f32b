using KnowledgeGraph.Extraction.Normalization;
using KnowledgeGraph.Extraction.Units;

namespace KnowledgeGraph.Extraction.Documents;

/// <summary>
/// The issuers: the signature block, i.e. the short lines without prose punctuation directly above the issue date
/// (中共凉山州委办公室 / 凉山州人民政府办公室). Under a task table, whose wrapped cells are such lines too, only the line
/// directly above the date signs. Needs <see cref="IssueDateRecognizer"/> first.
/// </summary>
public sealed class IssuerRecognizer : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [ExtractionFact.IssueDate];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.Issuers];

    /// <summary>A signature line longer than this is not a unit name.</summary>
    public const int MaxIssuerLength = 30;

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Header.Date is not { } date)
        {
            return;
        }

        var paragraphs = context.Text.Paragraphs;
        var signatures = new List<UnitMention>();
        var index = paragraphs.Count(p => p.Span.Start < date.Span.Start) - 1;
        for (; index >= 0; index--)
        {
            var text = paragraphs[index].Text;
            if (text.Length > MaxIssuerLength || ChineseText.HasProsePunctuation(text) || text.Contains('《', StringComparison.Ordinal))
            {
                break;
            }

            signatures.Add(new UnitMention(ChineseText.RemoveWhitespace(text), paragraphs[index].Span));
        }

        // A task table's wrapped cells are short lines too: under a table only the line above the date signs.
        if (signatures.Count > 1 && UnderTaskTable(paragraphs, paragraphs.Count(p => p.Span.Start < date.Span.Start)))
        {
            signatures.RemoveRange(1, signatures.Count - 1);
        }

        // Walked upwards; the issuers are listed in signing order.
        signatures.Reverse();
        foreach (var issuer in signatures)
        {
            context.Header.Issuers.Add(issuer);
        }
    }

    // Whether the lines before `end` close inside a task table: a header, and no block marker after it (as the line
    // joiner keeps table lines apart).
    private static bool UnderTaskTable(IReadOnlyList<Paragraph> paragraphs, int end)
    {
        for (var i = end - 1; i >= 0; i--)
        {
            if (TaskTableLines.IsHeader(paragraphs[i].Text))
            {
                return true;
            }

            if (BlockMarkers.StartsBlock(paragraphs[i].Text))
            {
                return false;
            }
        }

        return false;
    }
}
