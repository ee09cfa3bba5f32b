using KnowledgeGraph.Extraction.Normalization;

namespace KnowledgeGraph.Extraction.Regions;

/// <summary>
/// What the characters around a place name say about it: whether it starts or ends a word, whether it is joined to
/// another place (绍兴—乐山, 浙江、广东), and whether it is glued into a longer word (黄河南岸, 成都市场).
/// </summary>
public static class PlaceContext
{
    /// <summary>
    /// The length of the joiner written at <paramref name="index"/> that pairs two places — 、 与 和 及, or a run of
    /// dashes or tildes (绍兴—乐山, 成都～重庆, 绍兴——乐山) — or 0 when there is none.
    /// </summary>
    public static int JoinerLength(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (index >= text.Length)
        {
            return 0;
        }

        if (text[index] is '、' or '与' or '和' or '及')
        {
            return 1;
        }

        var end = index;
        while (end < text.Length && IsDash(text[end]))
        {
            end++;
        }

        return end - index;
    }

    /// <summary>
    /// True when a name ending at <paramref name="end"/> ends a word: the text ends, or goes on with something other
    /// than a Chinese character, with a joiner, or with 等 (绍兴、宁波等地). 新乡 in 新乡村 does not.
    /// </summary>
    public static bool EndsWord(string text, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        return end >= text.Length || !ChineseText.IsIdeograph(text[end]) || JoinerLength(text, end) > 0 || text[end] == '等';
    }

    /// <summary>
    /// True when a province's short form ending in a direction (河南, 湖北, 山东, 江西) is followed by a side word
    /// (岸 麓 侧 坡 畔), so that its first character ends the word before it: 黄河南岸, 洞庭湖北岸, 泰山东麓, 长江西岸.
    /// </summary>
    public static bool EndsInSideOfAnotherWord(string text, string form, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(form);
        return form[^1] is '东' or '南' or '西' or '北' && end < text.Length && text[end] is '岸' or '麓' or '侧' or '坡' or '畔';
    }

    /// <summary>True when a form ending in 市 is followed by 场, so that its 市 is the 市 of 市场 (朝阳市场, 成都市场).</summary>
    public static bool EndsInMarket(string text, string form, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(form);
        return form[^1] == '市' && end < text.Length && text[end] == '场';
    }

    /// <summary>True for the dashes and tildes that join two places (绍兴—乐山, 成都～重庆).</summary>
    public static bool IsDash(char c) => c is '—' or '–' or '－' or '-' or '～' or '~';
}
