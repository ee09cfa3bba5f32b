namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Neo4j answered with an error (<c>{"errors":[{"code","message"}]}</c>), whatever the HTTP status it came with.
/// </summary>
public sealed class Neo4jServerException : Neo4jException
{
    /// <summary>Creates the exception for an error the server reported.</summary>
    public Neo4jServerException(string neo4jCode, string serverMessage, string statementName)
        : base($"Neo4j refused '{statementName}': {neo4jCode}: {serverMessage}", null)
    {
        Neo4jCode = neo4jCode;
        ServerMessage = serverMessage;
        StatementName = statementName;
    }

    /// <inheritdoc />
    public override string Neo4jCode { get; }

    /// <summary>The server's own message.</summary>
    public string ServerMessage { get; }

    /// <summary>The name of the statement (or transaction step) that failed.</summary>
    public string StatementName { get; }

    /// <inheritdoc />
    public override string ErrorCode => Neo4jCode switch
    {
        // Credentials and the database name are configuration: the store is unusable until an operator fixes them.
        _ when Neo4jCode.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) => StoreErrorCodes.StoreUnavailable,
        "Neo.ClientError.Database.DatabaseNotFound" => StoreErrorCodes.StoreUnavailable,
        // A transient error reaches a caller only once retries gave up on it.
        _ when Neo4jCode.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => StoreErrorCodes.StoreUnavailable,
        "Neo.ClientError.Cluster.NotALeader" => StoreErrorCodes.StoreUnavailable,
        "Neo.ClientError.Schema.ConstraintValidationFailed" => StoreErrorCodes.StoreConflict,
        _ when Neo4jCode.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal) => StoreErrorCodes.StoreError,
        _ => StoreErrorCodes.StoreQueryFailed,
    };
}
