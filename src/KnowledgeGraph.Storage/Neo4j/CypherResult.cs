namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>What a statement returned: its rows, what it changed, and the bookmarks of the transaction it ran in.</summary>
/// <param name="Fields">The result's field names, in order.</param>
/// <param name="Records">The rows.</param>
/// <param name="Counters">What the statement changed.</param>
/// <param name="Bookmarks">
/// The bookmarks the server gave back (empty inside an explicit transaction until it commits); a later request that
/// sends them sees this one's writes.
/// </param>
internal sealed record CypherResult(
    IReadOnlyList<string> Fields,
    IReadOnlyList<CypherRecord> Records,
    QueryCounters Counters,
    IReadOnlyList<string> Bookmarks);
