using KnowledgeGraph.Extraction.Normalization;
using KnowledgeGraph.Extraction.Units;

namespace KnowledgeGraph.Extraction.Articles;

/// <summary>
/// The reporting offices that close an item: a last parenthetical （办公室、发展规划处） with no prose punctuation
/// inside, at most <see cref="MaxLength"/> characters long, its names separated by 、; a 内容来源: / 来源: label
/// inside it is dropped, and so is 供稿 after the last name (（汉寿县教育局供稿）: contributed by). Line breaks and spaces
/// inside names are dropped (the span still covers them). A parenthetical with a digit is a bulletin's print run
/// (（共印60份）), no office.
/// </summary>
public static class ReportingOffices
{
    /// <summary>A longer parenthetical is an aside, not a list of offices.</summary>
    public const int MaxLength = 40;

    private static readonly string[] SourceLabels = ["内容来源:", "内容来源：", "来源:", "来源："];

    private const string Contributed = "供稿";

    /// <summary>The offices named by a parenthetical that closes <paramref name="text"/> (offset <paramref name="offset"/>), or none.</summary>
    public static IReadOnlyList<UnitMention> Read(string text, int offset)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = text.TrimEnd().Length;
        if (end == 0 || text[end - 1] is not ('）' or ')'))
        {
            return [];
        }

        var open = text.LastIndexOfAny(['（', '('], end - 1);
        if (open < 0 || end - open > MaxLength)
        {
            return [];
        }

        var contentStart = open + 1;
        var content = text[contentStart..(end - 1)];
        if (SourceLabels.FirstOrDefault(label => content.StartsWith(label, StringComparison.Ordinal)) is { } sourceLabel)
        {
            contentStart += sourceLabel.Length;
            content = content[sourceLabel.Length..];
        }

        if (content.EndsWith(Contributed, StringComparison.Ordinal))
        {
            content = content[..^Contributed.Length];
        }

        if (content.Length == 0 || ChineseText.HasProsePunctuation(content) || content.Any(char.IsAsciiDigit))
        {
            return [];
        }

        var mentions = new List<UnitMention>();
        var start = 0;
        foreach (var part in content.Split('、'))
        {
            var name = ChineseText.RemoveWhitespace(part);
            if (name.Length > 0)
            {
                var leading = part.Length - part.TrimStart().Length;
                var trimmedLength = part.Trim().Length;
                mentions.Add(new UnitMention(name, new SourceSpan(offset + contentStart + start + leading, trimmedLength)));
            }

            start += part.Length + 1;
        }

        return mentions;
    }
}
