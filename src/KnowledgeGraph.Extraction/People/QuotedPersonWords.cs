using KnowledgeGraph.Extraction.Reference;

namespace KnowledgeGraph.Extraction.People;

/// <summary>The words around the name of someone a story quotes (<c>seeds/reference/quoted-people.csv</c>).</summary>
/// <param name="Speakers">Words for the person, written right before the name (学生, 毕业生, 家长).</param>
/// <param name="Speech">Words of speech, written right after the name (说, 表示, 感叹道).</param>
public sealed record QuotedPersonWords(IReadOnlyList<string> Speakers, IReadOnlyList<string> Speech)
{
    private static readonly Lazy<QuotedPersonWords> DefaultWords = new(() =>
    {
        var rows = ReferenceData.ReadCsv("quoted-people.csv");
        List<string> Role(string role) => [.. rows.Where(row => row["role"] == role).Select(row => row["word"])];
        return new QuotedPersonWords(Role("speaker"), Role("speech"));
    });

    /// <summary>The words of the reference file, loaded once.</summary>
    public static QuotedPersonWords Default => DefaultWords.Value;
}
