using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Normalization;

namespace KnowledgeGraph.Extraction.Tests.Evaluation;

/// <summary>
/// How a Target is written in an expected file and compared: <c>Target 2025 学前三年毛入园率 = 92%</c>, the year it is
/// due by, what is measured, and the value. The year and the value are facts of the text and must be equal; where an
/// indicator starts and ends is a judgement (全州 before it, the verb 建成 in 建成艺体特色学校, an inserted bracket), so
/// two indicators agree when one contains the other. Values are compared without the words that only bound them
/// (以上, 及以下, 余, 左右), without spaces, and with full-width ％ and ： read as % and :.
/// </summary>
public static partial class TargetMatch
{
    /// <summary>A target entity written the way the expected files write it.</summary>
    public static string Describe(ExtractedEntity target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return string.Create(CultureInfo.InvariantCulture,
            $"{target.Properties[PropertyNames.Year]} {target.Properties[PropertyNames.Indicator]} = {target.Properties[PropertyNames.Value]}");
    }

    /// <summary>Whether a described found target is the wanted one.</summary>
    public static bool Matches(string found, string wanted)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(wanted);
        var (foundYear, foundIndicator, foundValue) = Parse(found);
        var (wantedYear, wantedIndicator, wantedValue) = Parse(wanted);
        return foundYear == wantedYear
            && foundValue == wantedValue
            && (foundIndicator.Contains(wantedIndicator, StringComparison.Ordinal) || wantedIndicator.Contains(foundIndicator, StringComparison.Ordinal));
    }

    private static (string Year, string Indicator, string Value) Parse(string description)
    {
        var match = DescriptionRegex().Match(description);
        if (!match.Success)
        {
            throw new FormatException($"A target is written '2025 indicator = value', not '{description}'.");
        }

        var value = BoundWordRegex().Replace(ChineseText.RemoveWhitespace(match.Groups["value"].Value), string.Empty)
            .Replace('％', '%').Replace('：', ':').Replace('－', '—').Replace('-', '—').Replace('~', '—').Replace('～', '—');
        return (match.Groups["year"].Value, ChineseText.RemoveWhitespace(match.Groups["indicator"].Value), value);
    }

    [GeneratedRegex(@"^(?<year>[0-9]{4})\s+(?<indicator>.+?)\s*=\s*(?<value>.+)$")]
    private static partial Regex DescriptionRegex();

    [GeneratedRegex("及以上|以上|及以下|以下|左右|余|至少|不少于|不低于")]
    private static partial Regex BoundWordRegex();
}
