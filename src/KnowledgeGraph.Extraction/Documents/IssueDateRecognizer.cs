using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Documents;

/// <summary>
/// The issue date: the first paragraph that is nothing but a date 2022年5月21日 (it stands under the signatures);
/// dates inside sentences (到2025年…) are not the issue date. Stored as yyyy-MM-dd.
/// </summary>
public sealed partial class IssueDateRecognizer : IRecognizer
{
    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var paragraph in context.Text.Paragraphs)
        {
            var match = DateRegex().Match(paragraph.Text);
            if (match.Success && DateOnly.TryParseExact(
                    $"{match.Groups["y"].Value}-{match.Groups["m"].Value}-{match.Groups["d"].Value}",
                    "yyyy-M-d",
                    CultureInfo.InvariantCulture,
                    DateTimeStyles.None,
                    out var date))
            {
                context.Header.Date = new DocumentField(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), paragraph.Span);
                return;
            }
        }
    }

    /// <summary>True for a paragraph that is nothing but a date (2022年5月21日): the date under a signature.</summary>
    public static bool IsDateLine(string paragraph) => DateRegex().IsMatch(paragraph);

    [GeneratedRegex(@"^(?<y>[0-9]{4})\s*年\s*(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*日$")]
    private static partial Regex DateRegex();
}
