namespace KnowledgeGraph.Extraction.People;

/// <summary>The words a byline is read with (<c>seeds/reference/byline-words.csv</c>).</summary>
/// <param name="Reporters">Roles of people who wrote the story (记者, 通讯员, 文/图).</param>
/// <param name="Editors">Roles of people who edited or reviewed it (编辑, 责任编辑, 审核).</param>
/// <param name="Photographers">Roles of people who took its pictures (摄影, 图).</param>
/// <param name="Credits">Words that end a byline (摄影报道, 报道).</param>
public sealed record BylineWords(IReadOnlyList<string> Reporters, IReadOnlyList<string> Editors, IReadOnlyList<string> Photographers, IReadOnlyList<string> Credits)
{
    /// <summary>The words of the rows of <c>byline-words.csv</c>, by their role.</summary>
    public static BylineWords From(IReadOnlyList<IReadOnlyDictionary<string, string>> rows)
    {
        List<string> Role(string role) => [.. rows.Where(row => row["role"] == role).Select(row => row["word"])];
        return new BylineWords(Role("reporter"), Role("editor"), Role("photographer"), Role("credit"));
    }
}
