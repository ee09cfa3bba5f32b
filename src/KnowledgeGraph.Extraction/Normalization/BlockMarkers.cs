using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Normalization;

/// <summary>
/// The markers that open a block of a Chinese official document, by level: 一、 (chapter), （一） or (一) (section),
/// 1. / 1． / 1、 (item), （1） or (1) (sub-item) and ① (circled).
/// </summary>
public static partial class BlockMarkers
{
    /// <summary>
    /// Matches the block marker at the start of <paramref name="paragraph"/>. An item number must not run on into
    /// digits, so 1.5万 and 2022年 are not items; lists may run past 999 (1000. is an item too).
    /// </summary>
    public static bool TryMatch(string paragraph, out BlockMarker marker)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var match = MarkerRegex().Match(paragraph);
        if (!match.Success)
        {
            marker = null!;
            return false;
        }

        var (level, number) = match switch
        {
            _ when match.Groups["chapter"].Success => (BlockLevel.Chapter, ChineseNumerals.Parse(match.Groups["chapter"].Value)),
            _ when match.Groups["section"].Success => (BlockLevel.Section, ChineseNumerals.Parse(match.Groups["section"].Value)),
            _ when match.Groups["item"].Success => (BlockLevel.Item, int.Parse(match.Groups["item"].ValueSpan, CultureInfo.InvariantCulture)),
            _ when match.Groups["subItem"].Success => (BlockLevel.SubItem, int.Parse(match.Groups["subItem"].ValueSpan, CultureInfo.InvariantCulture)),
            _ => (BlockLevel.Circled, match.Groups["circled"].Value[0] - '①' + 1),
        };
        marker = new BlockMarker(level, number, match.Groups["marker"].Value, match.Length);
        return true;
    }

    /// <summary>True when <paramref name="paragraph"/> opens with any block marker.</summary>
    public static bool StartsBlock(string paragraph) => MarkerRegex().IsMatch(paragraph);

    // Numbers have as many digits as the list needs, up to nine, which an int always holds; a longer run of digits
    // is a figure, not an item number.
    [GeneratedRegex(
        @"^(?<marker>(?<chapter>[一二三四五六七八九十]+)、" +
        @"|[（(](?<section>[一二三四五六七八九十]+)[）)]" +
        @"|(?<item>[0-9]{1,9})[.．、](?![0-9])" +
        @"|[（(](?<subItem>[0-9]{1,9})[）)]" +
        @"|(?<circled>[①-⑳]))\s*")]
    private static partial Regex MarkerRegex();
}
