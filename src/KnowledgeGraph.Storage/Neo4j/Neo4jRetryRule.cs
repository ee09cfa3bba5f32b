namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Which failures are worth running the unit of work again for, as Neo4j's own drivers decide: transient errors,
/// a cluster member that is no longer the leader, and no answer at all. Every other client error is final.
/// </summary>
internal static class Neo4jRetryRule
{
    public static bool IsRetryable(Exception exception) => exception switch
    {
        Neo4jServerException server => IsRetryable(server.Neo4jCode),
        // A connection failure or a request that timed out: the server may be back on the next try.
        Neo4jUnavailableException unavailable => unavailable.MayRecover,
        _ => false,
    };

    private static bool IsRetryable(string neo4jCode) => neo4jCode switch
    {
        // Transient in name, but the transaction was stopped on purpose (by an administrator or a shutdown).
        "Neo.TransientError.Transaction.Terminated" or "Neo.TransientError.Transaction.LockClientStopped" => false,
        "Neo.ClientError.Cluster.NotALeader" => true,
        _ => neo4jCode.StartsWith("Neo.TransientError.", StringComparison.Ordinal),
    };
}
