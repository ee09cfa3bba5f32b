using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Normalization;

namespace KnowledgeGraph.Extraction.Documents;

/// <summary>
/// A work bulletin's masthead: its name as the document's first paragraph (not a sentence), its issue number right
/// under it (第21期, 2024年第9期（总第186期）), and under that, where written, the compiling office and the date on
/// one line, set apart by spaces (常德市教育局办公室编    2024年6月28日). The office is not read as the issuer: it is
/// the department's office (办公室), and the bare offices its items close with (（基础教育处）) are the department's,
/// which the unit naming would make the office's.
/// </summary>
internal static partial class BulletinMasthead
{
    /// <summary>The bulletin's name, else null when the document opens with no masthead.</summary>
    public static Paragraph? Name(IReadOnlyList<Paragraph> paragraphs) =>
        Lines(paragraphs) is [var name, var number, ..] && !ChineseText.HasProsePunctuation(name.Text) && IssueNumberRegex().IsMatch(number.Text)
            ? name
            : null;

    /// <summary>The office and date line under the issue number, with its date as written; null when there is none.</summary>
    public static (Paragraph Line, Group Date)? DateLine(IReadOnlyList<Paragraph> paragraphs)
    {
        if (Name(paragraphs) is null || Lines(paragraphs) is not [_, _, var line, ..])
        {
            return null;
        }

        var match = DateLineRegex().Match(line.Text);
        return match.Success ? (line, match.Groups["date"]) : null;
    }

    private static List<Paragraph> Lines(IReadOnlyList<Paragraph> paragraphs) =>
        [.. paragraphs.Where(p => !string.IsNullOrWhiteSpace(p.Text)).Take(3)];

    [GeneratedRegex("^(?:\\d{4}年)?第[0-9一二三四五六七八九十百]+期")]
    private static partial Regex IssueNumberRegex();

    // The line joiner may have glued the first 【…】 heading to the line.
    [GeneratedRegex("^\\s*[^\\s，。；：:]{2,30}\\s{2,}(?<date>\\d{4}年\\d{1,2}月\\d{1,2}日)\\s*(?:【[^】]*】)?$")]
    private static partial Regex DateLineRegex();
}
