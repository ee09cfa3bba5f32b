using KnowledgeGraph.Extraction.Normalization;
using KnowledgeGraph.Extraction.Units;

namespace KnowledgeGraph.Extraction.Responsibility;

/// <summary>
/// Tells a list of units (省教育厅、省发展改革委、省财政厅; 各区县人民政府) from other words written where one could
/// stand (试行, 以下简称县中, 各地, 主要负责同志): each item, split at 、 ， ； outside parentheses, must be read whole as
/// unit names by <see cref="UnitNameReader"/> (州委宣传部 is 州委 and 宣传部, read end to end), or be a collective: 各
/// and words ending with a unit suffix (各区县人民政府, 各县（市、区）教育局).
/// </summary>
/// <param name="names">Reads unit names.</param>
/// <param name="words">The unit suffixes collectives end with.</param>
public sealed class UnitListReader(UnitNameReader names, UnitWords words)
{
    private readonly UnitNameReader _names = names;
    private readonly UnitWords _words = words;

    /// <summary>
    /// The items of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>, split at
    /// <paramref name="separators"/> written outside parentheses (各县（市、区）人民政府 is one item), trimmed, empty ones left out.
    /// </summary>
    public static IReadOnlyList<(int Start, int End)> Split(string text, int start, int end, params char[] separators)
    {
        ArgumentNullException.ThrowIfNull(text);
        var items = new List<(int Start, int End)>();
        var depth = 0;
        var itemStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && ChineseText.IsOpeningBracket(text[i]))
            {
                depth++;
            }
            else if (i < end && ChineseText.IsClosingBracket(text[i]))
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (i == end || (depth == 0 && Array.IndexOf(separators, text[i]) >= 0))
            {
                var (from, to) = (itemStart, i);
                while (from < to && char.IsWhiteSpace(text[from]))
                {
                    from++;
                }

                while (to > from && char.IsWhiteSpace(text[to - 1]))
                {
                    to--;
                }

                if (to > from)
                {
                    items.Add((from, to));
                }

                itemStart = i + 1;
            }
        }

        return items;
    }

    /// <summary>
    /// The last item of <paramref name="text"/> when it is a unit name cut short (市人力资源, 县发展和改革: no unit
    /// suffix ends it), as a line wrapped inside a name leaves it; null when the text ends with a whole name or a
    /// separator. The next line's first piece continues it.
    /// </summary>
    public string? CutNameAtEnd(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var items = Split(text, 0, text.Length, ListSeparators);
        if (items.Count == 0 || items[^1].End < text.TrimEnd().Length)
        {
            return null;
        }

        var last = text[items[^1].Start..items[^1].End];
        return IsUnitName(last) ? null : last;
    }

    /// <summary>The marks that separate the units of a list.</summary>
    public static char[] ListSeparators { get; } = ['、', '，', ',', '；', ';'];

    /// <summary>
    /// Where the item [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/> ends without a closing
    /// parenthetical that gives the unit its short name (州教育体育局（以下简称州教体局）: before the （), else <paramref name="end"/>.
    /// </summary>
    public int EndBeforeAbbreviationNote(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (end - start < 2 || !ChineseText.IsClosingBracket(text[end - 1]))
        {
            return end;
        }

        var open = text.LastIndexOfAny(['（', '('], end - 2, end - 1 - start);
        return open > start && ChineseText.WordAt(text, open + 1, _words.AbbreviationNotes) is not null ? open : end;
    }

    /// <summary>Whether <paramref name="item"/> names one unit, or several written end to end (州委宣传部).</summary>
    public bool IsUnitName(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        item = ChineseText.RemoveWhitespace(item);
        if (item.Length == 0)
        {
            return false;
        }

        if (item[0] == '各')
        {
            // 各县（市、区）人民政府: the collective's own parenthesis is no part of its suffix.
            var close = item.LastIndexOfAny(['）', ')']);
            var tail = close < 0 ? item : item[(close + 1)..];
            return tail.Length > 0 && Enumerable.Range(0, tail.Length).Any(i => _words.SuffixAt(tail, i) is { } suffix && i + suffix.Word.Length == tail.Length);
        }

        var at = 0;
        foreach (var name in _names.Read(item))
        {
            if (name.Index != at)
            {
                return false;
            }

            at = name.End;
        }

        return at == item.Length;
    }
}
