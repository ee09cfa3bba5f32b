namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Runs Cypher for the Neo4j store. Small on purpose: the store's statements depend only on this, so a Bolt driver could
/// replace the HTTP Query API without touching one of them. Failures surface as <see cref="Neo4jException"/>.
/// </summary>
internal interface ICypherRunner
{
    /// <summary>
    /// Runs one statement in a transaction of its own. A transient failure (see <see cref="Neo4jRetryRule"/>) runs it
    /// again, so a write run this way must be idempotent (MERGE, not CREATE).
    /// </summary>
    Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens an explicit transaction the caller commits or rolls back. Only the opening is retried, nothing run in it;
    /// prefer <see cref="ExecuteWriteAsync{T}"/>.
    /// </summary>
    Task<ICypherTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs <paramref name="work"/> in a new transaction and commits it. Any failure rolls the transaction back; a
    /// transient one (including a failed commit) runs the whole unit again in a fresh transaction, within the retry
    /// budget. <paramref name="work"/> may therefore run more than once: it must not keep state between runs, and it must
    /// be idempotent (MERGE), because a commit whose answer was lost on the way may have applied.
    /// </summary>
    Task<T> ExecuteWriteAsync<T>(Func<ICypherTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default);
}
