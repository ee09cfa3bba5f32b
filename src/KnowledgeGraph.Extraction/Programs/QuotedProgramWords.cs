namespace KnowledgeGraph.Extraction.Programs;

/// <summary>
/// The words that make a quotation a program without a program word (<c>seeds/reference/quoted-program-words.csv</c>),
/// by their role.
/// </summary>
/// <param name="Generic">Words before a quotation that make it a kind of activity, not one (各类“进校园”活动).</param>
/// <param name="Prize">Words after a quotation, before its activity word, that make it a prize (评选, 表彰).</param>
/// <param name="Activity">Words that, within one clause after a quotation, make it an activity's name (活动, 赛事).</param>
/// <param name="Construction">Words right after a quotation that make it, with the word, a programme of building (“双一流”建设).</param>
public sealed record QuotedProgramWords(
    IReadOnlyList<string> Generic,
    IReadOnlyList<string> Prize,
    IReadOnlyList<string> Activity,
    IReadOnlyList<string> Construction)
{
    /// <summary>The words of the rows of <c>quoted-program-words.csv</c>, by their role.</summary>
    public static QuotedProgramWords From(IReadOnlyList<IReadOnlyDictionary<string, string>> rows)
    {
        List<string> Role(string role) => [.. rows.Where(row => row["role"] == role).Select(row => row["word"])];
        return new QuotedProgramWords(Role("generic"), Role("prize"), Role("activity"), Role("construction"));
    }
}
