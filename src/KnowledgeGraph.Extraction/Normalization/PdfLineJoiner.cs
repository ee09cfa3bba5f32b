namespace KnowledgeGraph.Extraction.Normalization;

/// <summary>
/// Rebuilds paragraphs from PDF-extracted text. The extractor writes one line per paragraph, but a page break cuts
/// a paragraph into two lines (often inside a word or a unit name); blank lines carry no meaning.
/// </summary>
/// <remarks>
/// The rule, applied to each pair of consecutive non-blank lines (trimmed):
/// <list type="number">
/// <item>a line that opens with a block marker (一、 （一） 1. （1） ①) starts a paragraph;</item>
/// <item>a line that opens with an annotation bracket 〔 or 【 continues the paragraph before it: official
/// documents put these after a paragraph's text (〔责任单位：…〕), never at its head;</item>
/// <item>a line that closes a bracket it never opened continues the paragraph before it (党委和人民政府〕);</item>
/// <item>a paragraph ending with 。！？： or a closing bracket (〕】]）) is complete;</item>
/// <item>otherwise a line without prose punctuation (a title, heading, signature or date) is complete, and a prose
/// line is a sentence cut by a page break, so the next line continues it.</item>
/// </list>
/// Task tables (<see cref="TaskTableLines"/>) are laid out, not written in sentences: a header line starts a table,
/// and up to the next block marker every line of it (row, wrapped cell, repeated header) is a paragraph of its own, so
/// that the table reader can tell rows and wrapped cells apart. A page number line (— 2 —) is dropped anywhere: it is
/// layout, and the paragraph it interrupts goes on after it.
/// Continued lines are joined with nothing in between (Chinese puts no space between words); paragraphs are joined
/// by a single <c>\n</c>. Spaces inside a line are kept as written.
/// </remarks>
public sealed class PdfLineJoiner : ITextNormalizer
{
    /// <inheritdoc />
    public NormalizedText Normalize(string rawText)
    {
        ArgumentNullException.ThrowIfNull(rawText);
        var paragraphs = new List<string>();
        var current = new System.Text.StringBuilder();

        // What the rule asks of the paragraph so far, kept up as lines join it: reading the whole paragraph again for
        // every line would cost the square of its length.
        var currentIsProse = false;
        var inTable = false;
        foreach (var rawLine in rawText.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || TaskTableLines.IsPageLine(line))
            {
                continue;
            }

            inTable = TaskTableLines.IsHeader(line) || (inTable && !BlockMarkers.StartsBlock(line));
            if (current.Length > 0 && (inTable || !Continues(current[^1], currentIsProse, line)))
            {
                paragraphs.Add(current.ToString());
                current.Clear();
                currentIsProse = false;
            }

            current.Append(line);
            currentIsProse |= ChineseText.HasProsePunctuation(line);
        }

        if (current.Length > 0)
        {
            paragraphs.Add(current.ToString());
        }

        return new NormalizedText(paragraphs);
    }

    /// <summary>
    /// Whether <paramref name="line"/> continues a paragraph that ends with <paramref name="paragraphEnd"/> and holds
    /// prose punctuation (<paramref name="paragraphIsProse"/>) or not (see remarks).
    /// </summary>
    private static bool Continues(char paragraphEnd, bool paragraphIsProse, string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (BlockMarkers.StartsBlock(line))
        {
            return false;
        }

        if (line[0] is '〔' or '【' || ChineseText.HasUnmatchedClosingBracket(line))
        {
            return true;
        }

        // A closing quote or book-title mark often ends a clause mid-sentence, so only brackets count here.
        if (paragraphEnd is '。' or '！' or '？' or '：' or '〕' or '】' or ']' or '）' or ')')
        {
            return false;
        }

        return paragraphIsProse;
    }
}
