using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Normalization;

/// <summary>
/// The lines of a task table as PDF extraction renders it: a header (序号 and at least two more column names), rows
/// (the row's number, then its cells), cells separated by a run of spaces (two or more), a tab or an ideographic
/// space, and page lines (— 2 —, - 2 -) where the table ran over a page. The line joiner keeps every table line a
/// paragraph of its own; the measure recogniser reads the rows.
/// </summary>
public static partial class TaskTableLines
{
    /// <summary>True for a page number line (— 2 —): layout, not text.</summary>
    public static bool IsPageLine(string line) => PageLineRegex().IsMatch(line);

    /// <summary>True for a table header: 序号 and at least two more cells, none of them prose.</summary>
    public static bool IsHeader(string line) => HeaderRegex().IsMatch(line) && !ChineseText.HasProsePunctuation(line);

    /// <summary>True for a line that opens with a row number followed by a cell separator (1  补齐办学条件短板  …).</summary>
    public static bool IsRow(string line) => RowRegex().IsMatch(line);

    /// <summary>The cells of <paramref name="line"/>, as start and end indexes, split at cell separators.</summary>
    public static IEnumerable<(int Start, int End)> Cells(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var start = 0;
        foreach (Match separator in SeparatorRegex().Matches(line))
        {
            if (separator.Index > start)
            {
                yield return (start, separator.Index);
            }

            start = separator.Index + separator.Length;
        }

        if (start < line.Length)
        {
            yield return (start, line.Length);
        }
    }

    // Atomic, so that a long run of spaces is taken whole once and never split again when a match fails later.
    private const string Separator = @"(?>(?:[ \u00A0]{2,}|[\t\u3000])\s*)";

    [GeneratedRegex(@"^[—\-－–]+\s*[0-9]{1,4}\s*[—\-－–]+$")]
    private static partial Regex PageLineRegex();

    [GeneratedRegex(@"^序号" + Separator + @"\S+(?:" + Separator + @"\S+)+$")]
    private static partial Regex HeaderRegex();

    [GeneratedRegex(@"^[0-9]{1,3}" + Separator + @"\S")]
    private static partial Regex RowRegex();

    [GeneratedRegex(Separator)]
    private static partial Regex SeparatorRegex();
}
