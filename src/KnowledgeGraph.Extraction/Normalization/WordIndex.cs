namespace KnowledgeGraph.Extraction.Normalization;

/// <summary>
/// Entries named by a word (school words, unit suffixes), indexed by the word's first character, for recognisers that
/// ask at every offset of a text which word is written there: most offsets start none, and are ruled out at once.
/// </summary>
/// <typeparam name="T">The entry type.</typeparam>
public sealed class WordIndex<T>
    where T : class
{
    private readonly Func<T, string> _word;
    private readonly Dictionary<char, List<T>> _byFirstCharacter;

    /// <summary>Indexes <paramref name="entries"/>, in the order given (longest word first, as callers want), by <paramref name="word"/>.</summary>
    public WordIndex(IEnumerable<T> entries, Func<T, string> word)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(word);
        _word = word;
        _byFirstCharacter = entries.GroupBy(entry => word(entry)[0]).ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>
    /// The first entry, in the order given, whose word is written at <paramref name="index"/> of <paramref name="text"/>
    /// and that <paramref name="accept"/> (given the text and index) lets count, or null.
    /// </summary>
    public T? FirstAt(string text, int index, Func<T, string, int, bool>? accept = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (index < 0 || index >= text.Length || !_byFirstCharacter.TryGetValue(text[index], out var candidates))
        {
            return null;
        }

        foreach (var entry in candidates)
        {
            var word = _word(entry);
            if (index + word.Length <= text.Length && string.CompareOrdinal(text, index, word, 0, word.Length) == 0
                && (accept is null || accept(entry, text, index)))
            {
                return entry;
            }
        }

        return null;
    }
}
