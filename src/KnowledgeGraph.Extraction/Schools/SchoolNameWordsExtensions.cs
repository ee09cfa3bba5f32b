namespace KnowledgeGraph.Extraction.Schools;

/// <summary>Questions about whole names that the unit recognisers ask of <see cref="SchoolNameWords"/>.</summary>
public static class SchoolNameWordsExtensions
{
    /// <summary>Whether <paramref name="name"/> ends with a school word (四川民族学院, 宜宾市翠屏区和江安中学): a school, never a unit.</summary>
    public static bool EndsName(this SchoolNameWords words, string name)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(name);
        for (var at = 0; at < name.Length; at++)
        {
            if (words.At(name, at) is { } word && at + word.Word.Length == name.Length)
            {
                return true;
            }
        }

        return false;
    }
}
