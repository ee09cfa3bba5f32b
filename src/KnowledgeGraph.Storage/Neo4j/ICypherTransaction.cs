namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// An explicit transaction: statements run in it see each other's writes, and nothing is visible to others until
/// <see cref="CommitAsync"/>. Statements are never retried alone (a retry belongs to the whole unit, see
/// <see cref="ICypherRunner.ExecuteWriteAsync{T}"/>). Disposing a transaction that was neither committed nor rolled
/// back rolls it back.
/// </summary>
internal interface ICypherTransaction : IAsyncDisposable
{
    /// <summary>Runs a statement inside the transaction.</summary>
    Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken = default);

    /// <summary>Commits; returns the bookmarks that make later reads see this transaction's writes.</summary>
    Task<IReadOnlyList<string>> CommitAsync(CancellationToken cancellationToken = default);

    /// <summary>Rolls back. Best effort: a transaction the server already dropped counts as rolled back.</summary>
    Task RollbackAsync(CancellationToken cancellationToken = default);
}
