using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Normalization;

/// <summary>
/// The markers that open a block of a Chinese official document: 一、 (top heading), （一） (sub-heading),
/// 1. / 1． / 1、 (numbered item) and （1） (sub-item).
/// </summary>
public static partial class BlockMarkers
{
    /// <summary>一、目标任务: a Chinese numeral and 、.</summary>
    public static bool IsTopHeading(string paragraph) => TopHeadingRegex().IsMatch(paragraph);

    /// <summary>（一）大力实施…: a Chinese numeral in full-width parentheses.</summary>
    public static bool IsSubHeading(string paragraph) => SubHeadingRegex().IsMatch(paragraph);

    /// <summary>（1）表扬奖励…: an Arabic number in parentheses.</summary>
    public static bool IsSubItem(string paragraph) => SubItemRegex().IsMatch(paragraph);

    /// <summary>
    /// Matches a numbered item (1. / 1． / 1、) at the start of <paramref name="paragraph"/>; the number must not
    /// run on into digits, so 1.5万 and 2022年 are not items. Lists may run past 999 (1000. is an item too).
    /// </summary>
    /// <param name="paragraph">The paragraph text.</param>
    /// <param name="number">The item's number.</param>
    /// <param name="markerLength">Length of the marker, the separator and the spaces after it.</param>
    public static bool TryMatchNumberedItem(string paragraph, out int number, out int markerLength)
    {
        var match = NumberedItemRegex().Match(paragraph);
        if (!match.Success)
        {
            number = 0;
            markerLength = 0;
            return false;
        }

        number = int.Parse(match.Groups["number"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        markerLength = match.Length;
        return true;
    }

    /// <summary>True when <paramref name="paragraph"/> opens with any block marker.</summary>
    public static bool StartsBlock(string paragraph) =>
        IsTopHeading(paragraph) || IsSubHeading(paragraph) || IsSubItem(paragraph) || NumberedItemRegex().IsMatch(paragraph);

    [GeneratedRegex("^[一二三四五六七八九十]+、")]
    private static partial Regex TopHeadingRegex();

    [GeneratedRegex("^[（(][一二三四五六七八九十]+[）)]")]
    private static partial Regex SubHeadingRegex();

    // Numbers have as many digits as the list needs, up to nine, which an int always holds; a longer run of digits
    // is a figure, not an item number.
    [GeneratedRegex("^[（(][0-9]{1,9}[）)]")]
    private static partial Regex SubItemRegex();

    [GeneratedRegex(@"^(?<number>[0-9]{1,9})[.．、](?![0-9])\s*")]
    private static partial Regex NumberedItemRegex();
}
