namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// What a statement returned: its rows, what it changed, the bookmarks of the transaction it ran in, and the server's
/// notifications.
/// </summary>
/// <param name="Fields">The result's field names, in order.</param>
/// <param name="Records">The rows.</param>
/// <param name="Counters">What the statement changed.</param>
/// <param name="Bookmarks">
/// The bookmarks the server gave back (empty inside an explicit transaction until it commits); a later request that
/// sends them sees this one's writes.
/// </param>
/// <param name="Notifications">What the server noted about the statement (deprecations, performance warnings).</param>
internal sealed record CypherResult(
    IReadOnlyList<string> Fields,
    IReadOnlyList<CypherRecord> Records,
    QueryCounters Counters,
    IReadOnlyList<string> Bookmarks,
    IReadOnlyList<ServerNotification> Notifications);
