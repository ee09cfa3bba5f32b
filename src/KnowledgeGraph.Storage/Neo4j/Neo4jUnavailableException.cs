namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// No usable answer from Neo4j: the connection failed, a request timed out, the circuit breaker is open, or retries
/// ran out of budget. <see cref="Exception.InnerException"/> holds the last underlying failure.
/// </summary>
public sealed class Neo4jUnavailableException : Neo4jException
{
    /// <summary>Creates the exception.</summary>
    public Neo4jUnavailableException(string message, Exception? innerException = null)
        : this(message, innerException, mayRecover: true)
    {
    }

    internal Neo4jUnavailableException(string message, Exception? innerException, bool mayRecover)
        : base(message, innerException)
    {
        MayRecover = mayRecover;
    }

    /// <summary>
    /// Whether trying again may work: true for a connection failure, a timeout or a server error page, false for an
    /// answer that says the address is wrong (an HTTP error without a Query API body).
    /// </summary>
    internal bool MayRecover { get; }

    /// <inheritdoc />
    public override string ErrorCode => StoreErrorCodes.StoreUnavailable;

    /// <inheritdoc />
    public override string? Neo4jCode => (InnerException as Neo4jException)?.Neo4jCode;
}
