using KnowledgeGraph.Extraction.Reference;

namespace KnowledgeGraph.Extraction.Schools;

/// <summary>
/// The words that end a school's name (大学, 职业技术学院, 中学, 一中, 幼儿园 …) and the type each gives, read from
/// <c>seeds/reference/school-name-words.csv</c>; longest first, so 职业技术学院 wins over 学院.
/// </summary>
public sealed class SchoolNameWords
{
    private static readonly Lazy<SchoolNameWords> DefaultWords = new(() => new SchoolNameWords(
        ReferenceData.ReadCsv("school-name-words.csv").Select(row => (row["word"], row["type"]))));

    private readonly List<(string Word, string Type)> _words;

    /// <summary>Builds the list from (word, type) pairs.</summary>
    public SchoolNameWords(IEnumerable<(string Word, string Type)> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _words = [.. words.OrderByDescending(w => w.Word.Length).ThenBy(w => w.Word, StringComparer.Ordinal)];
    }

    /// <summary>The words of the reference file, loaded once.</summary>
    public static SchoolNameWords Default => DefaultWords.Value;

    /// <summary>The longest school word written at <paramref name="index"/> of <paramref name="text"/>, or null.</summary>
    public (string Word, string Type)? At(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var entry in _words)
        {
            if (string.CompareOrdinal(text, index, entry.Word, 0, entry.Word.Length) == 0 && index + entry.Word.Length <= text.Length)
            {
                return entry;
            }
        }

        return null;
    }
}
