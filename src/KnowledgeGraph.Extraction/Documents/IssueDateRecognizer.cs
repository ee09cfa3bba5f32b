using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Normalization;

namespace KnowledgeGraph.Extraction.Documents;

/// <summary>
/// The issue date: the first paragraph that is nothing but a date, 2022年5月21日 or 二〇二二年五月二十一日 (it stands
/// under the signatures), else the date of a bulletin's masthead (<see cref="BulletinMasthead"/>: 常德市教育局办公室编
/// 2024年6月28日 under the issue number); dates inside sentences (到2025年…) are not the issue date. Stored as yyyy-MM-dd.
/// </summary>
public sealed partial class IssueDateRecognizer : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.IssueDate];

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var paragraph in context.Text.Paragraphs)
        {
            if (Parse(paragraph.Text) is { } date)
            {
                context.Header.Date = new DocumentField(date, paragraph.Span);
                return;
            }
        }

        if (BulletinMasthead.DateLine(context.Text.Paragraphs) is { } masthead && Parse(masthead.Date.Value) is { } issued)
        {
            context.Header.Date = new DocumentField(issued, new SourceSpan(masthead.Line.Span.Start + masthead.Date.Index, masthead.Date.Length));
        }
    }

    // The date a text that is nothing but a date gives, as yyyy-MM-dd; null for any other text.
    private static string? Parse(string text)
    {
        var match = DateRegex().Match(text);
        return match.Success && DateOnly.TryParseExact(
                $"{Year(match.Groups["y"].Value)}-{Number(match.Groups["m"].Value)}-{Number(match.Groups["d"].Value)}",
                "yyyy-M-d",
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>True for a paragraph that is nothing but a date (2022年5月21日): the date under a signature.</summary>
    public static bool IsDateLine(string paragraph) => DateRegex().IsMatch(paragraph);

    // 二〇二二: each character a digit, 〇 ○ 零 being 0.
    private static string Year(string year) =>
        string.Concat(year.Select(c => char.IsAsciiDigit(c) ? c : (char)('0' + ChineseNumerals.Parse(c.ToString()))));

    // 5 or 五, 21 or 二十一.
    private static int Number(string number) =>
        char.IsAsciiDigit(number[0]) ? int.Parse(number, CultureInfo.InvariantCulture) : ChineseNumerals.Parse(number);

    [GeneratedRegex(@"^(?<y>[0-9]{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?<m>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?<d>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日$")]
    private static partial Regex DateRegex();
}
