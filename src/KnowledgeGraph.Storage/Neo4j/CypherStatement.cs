namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// One parameterised Cypher statement. <paramref name="Name"/> says what it is for in logs and tests (it is not sent);
/// values travel only as <paramref name="Parameters"/>, never inside <paramref name="Text"/>.
/// </summary>
/// <param name="Name">A stable name, such as <c>GetNodes</c>.</param>
/// <param name="Text">The Cypher text.</param>
/// <param name="Parameters">
/// Parameter values: null, strings, booleans, integers, floating-point numbers, <see cref="DateOnly"/>,
/// <see cref="DateTime"/>, <see cref="DateTimeOffset"/>, byte arrays, and lists and string-keyed maps of these.
/// </param>
/// <param name="AccessMode">Whether the statement only reads.</param>
internal sealed record CypherStatement(
    string Name,
    string Text,
    IReadOnlyDictionary<string, object?> Parameters,
    AccessMode AccessMode)
{
    /// <summary>A read-only statement.</summary>
    public static CypherStatement Read(string name, string text, IReadOnlyDictionary<string, object?>? parameters = null) =>
        new(name, text, parameters ?? EmptyParameters, AccessMode.Read);

    /// <summary>A statement that may write.</summary>
    public static CypherStatement Write(string name, string text, IReadOnlyDictionary<string, object?>? parameters = null) =>
        new(name, text, parameters ?? EmptyParameters, AccessMode.Write);

    private static readonly IReadOnlyDictionary<string, object?> EmptyParameters = new Dictionary<string, object?>();
}
