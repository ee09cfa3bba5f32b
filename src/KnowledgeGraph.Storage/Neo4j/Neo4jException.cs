namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>A failure of the Neo4j store, with the code API clients see.</summary>
public abstract class Neo4jException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected Neo4jException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>One of <see cref="StoreErrorCodes"/>.</summary>
    public abstract string ErrorCode { get; }

    /// <summary>Neo4j's status code (<c>Neo.ClientError.Statement.SyntaxError</c>), when the server gave one.</summary>
    public virtual string? Neo4jCode => null;
}
