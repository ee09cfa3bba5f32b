namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>The machine-readable codes a store failure carries to API clients (GraphQL <c>extensions.code</c>).</summary>
public static class StoreErrorCodes
{
    /// <summary>
    /// The store cannot be reached or used: no connection, no answer in time, wrong credentials, unknown database, the
    /// circuit breaker open, or transient failures that outlasted the retry budget. Trying later may work.
    /// </summary>
    public const string StoreUnavailable = "STORE_UNAVAILABLE";

    /// <summary>A write broke a constraint of the store (a uniqueness constraint, say).</summary>
    public const string StoreConflict = "STORE_CONFLICT";

    /// <summary>The store refused a statement as sent (a client error): a bug on our side, not worth retrying.</summary>
    public const string StoreQueryFailed = "STORE_QUERY_FAILED";

    /// <summary>The store failed internally (a database error).</summary>
    public const string StoreError = "STORE_ERROR";
}
