namespace KnowledgeGraph.Extraction.Normalization;

/// <summary>Chinese numerals as headings write them, up to 九十九 (一, 十, 十二, 二十, 二十三).</summary>
public static class ChineseNumerals
{
    private const string Digits = "一二三四五六七八九";

    /// <summary>The value of <paramref name="numeral"/>; 0 when it is not a numeral of that shape.</summary>
    public static int Parse(string numeral)
    {
        ArgumentNullException.ThrowIfNull(numeral);
        var ten = numeral.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return numeral.Length == 1 ? Digit(numeral[0]) : 0;
        }

        var tens = ten == 0 ? 1 : ten == 1 ? Digit(numeral[0]) : 0;
        var ones = ten == numeral.Length - 1 ? 0 : ten == numeral.Length - 2 ? Digit(numeral[^1]) : -1;
        return tens == 0 || ones < 0 ? 0 : (tens * 10) + ones;
    }

    private static int Digit(char c) => Digits.IndexOf(c, StringComparison.Ordinal) + 1;
}
