namespace KnowledgeGraph.Extraction.People;

/// <summary>The words around the name of someone a story quotes (<c>seeds/reference/quoted-people.csv</c>).</summary>
/// <param name="Speakers">Words for the person, written right before the name (学生, 毕业生, 家长).</param>
/// <param name="Speech">Words of speech, written right after the name (说, 表示, 感叹道).</param>
public sealed record QuotedPersonWords(IReadOnlyList<string> Speakers, IReadOnlyList<string> Speech)
{
    /// <summary>The words of the rows of <c>quoted-people.csv</c>, by their role.</summary>
    public static QuotedPersonWords From(IReadOnlyList<IReadOnlyDictionary<string, string>> rows)
    {
        List<string> Role(string role) => [.. rows.Where(row => row["role"] == role).Select(row => row["word"])];
        return new QuotedPersonWords(Role("speaker"), Role("speech"));
    }
}
