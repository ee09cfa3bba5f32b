using KnowledgeGraph.Extraction.Normalization;

namespace KnowledgeGraph.Extraction.Schools;

/// <summary>
/// The words that end a school's name (大学, 职业技术学院, 中学, 一中, 幼儿园 …), the type each gives and how names
/// with it are written, read from <c>seeds/reference/school-name-words.csv</c>; longest first, so 职业技术学院 wins
/// over 学院.
/// </summary>
public sealed class SchoolNameWords
{
    private readonly WordIndex<SchoolWord> _words;

    /// <summary>Builds the list from words.</summary>
    public SchoolNameWords(IEnumerable<SchoolWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _words = new([.. words.OrderByDescending(w => w.Word.Length).ThenBy(w => w.Word, StringComparer.Ordinal)], w => w.Word);
    }

    /// <summary>Builds the list from the rows of <c>school-name-words.csv</c>.</summary>
    public static SchoolNameWords From(IEnumerable<IReadOnlyDictionary<string, string>> rows) => new(
        rows.Select(row => new SchoolWord(
            row["word"], row["type"], Category(row["category"]), row["unplaced"] == "yes", row["bodyless"] == "yes",
            row["abbreviates"].Split('|', StringSplitOptions.RemoveEmptyEntries))));

    /// <summary>The longest school word written at <paramref name="index"/> of <paramref name="text"/>, or null.</summary>
    public SchoolWord? At(string text, int index) => _words.FirstAt(text, index);

    /// <summary>The longest school word written at <paramref name="index"/> of <paramref name="text"/> that ends by <paramref name="end"/>, or null.</summary>
    public SchoolWord? At(string text, int index, int end) => _words.FirstAt(text, index, (word, _, at) => at + word.Word.Length <= end);

    /// <summary>Whether <paramref name="name"/> ends with a school word (四川民族学院, 宜宾市翠屏区和江安中学): a school's name, never a unit's.</summary>
    public bool EndsWithSchoolWord(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Enumerable.Range(0, name.Length).Any(at => At(name, at) is { } word && at + word.Word.Length == name.Length);
    }

    private static SchoolCategory Category(string written) => written switch
    {
        "" => SchoolCategory.None,
        "prefecture" => SchoolCategory.AfterPrefecture,
        "any" => SchoolCategory.AfterAnyPlace,
        _ => throw new InvalidDataException($"school-name-words.csv: unknown category '{written}'."),
    };
}
