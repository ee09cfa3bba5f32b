namespace KnowledgeGraph.Extraction.Normalization;

/// <summary>Character classes of Chinese policy text that several recognisers share.</summary>
public static class ChineseText
{
    /// <summary>
    /// Punctuation that only prose carries. Titles, headings, signatures and dates have none of it, which is how a
    /// line is told apart from a sentence cut by a page break.
    /// </summary>
    public static bool IsProsePunctuation(char c) => c is '，' or '。' or '；' or '：' or '！' or '？' or ',' or ';';

    /// <summary>True when <paramref name="text"/> holds prose punctuation (<see cref="IsProsePunctuation"/>).</summary>
    public static bool HasProsePunctuation(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (IsProsePunctuation(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Opening brackets of any shape: （ ( 〔 【 [ 《 “.</summary>
    public static bool IsOpeningBracket(char c) => c is '（' or '(' or '〔' or '【' or '[' or '《' or '“';

    /// <summary>Closing brackets of any shape: ） ) 〕 】 ] 》 ”.</summary>
    public static bool IsClosingBracket(char c) => c is '）' or ')' or '〕' or '】' or ']' or '》' or '”';

    /// <summary>
    /// True when <paramref name="text"/> closes a bracket it never opened. PDF documents mix bracket shapes
    /// (〔…】), so shapes are not matched against each other, only counted.
    /// </summary>
    public static bool HasUnmatchedClosingBracket(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var depth = 0;
        foreach (var c in text)
        {
            if (IsOpeningBracket(c))
            {
                depth++;
            }
            else if (IsClosingBracket(c))
            {
                if (depth == 0)
                {
                    return true;
                }

                depth--;
            }
        }

        return false;
    }

    /// <summary>True for a Chinese character (CJK unified ideograph of the basic block).</summary>
    public static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';

    /// <summary><paramref name="text"/> without any whitespace (PDF extraction leaves spaces inside names).</summary>
    public static string RemoveWhitespace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
    }

    /// <summary>The first of <paramref name="words"/> written at <paramref name="index"/> of <paramref name="text"/>, or null.</summary>
    public static string? WordAt(string text, int index, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);

        // Asked at every offset of a text: indexing, unlike foreach over the interface, allocates no enumerator.
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (index >= 0 && string.CompareOrdinal(text, index, word, 0, word.Length) == 0 && index + word.Length <= text.Length)
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>Whether one of <paramref name="words"/> ends right before <paramref name="index"/> of <paramref name="text"/>.</summary>
    public static bool WordEndsAt(string text, int index, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (index >= word.Length && string.CompareOrdinal(text, index - word.Length, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
