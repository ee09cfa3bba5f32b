using GraphQL;
using GraphQL.Execution;
using KnowledgeGraph.Storage.Neo4j;

namespace KnowledgeGraph.Api.Graph.Errors;

/// <summary>
/// Turns an exception that escaped a resolver (or the executer) into one coded error: a store failure keeps the
/// store's code (<see cref="StoreErrorCodes"/>, so a client can tell "try again later" from a bug), anything else is
/// <see cref="ErrorCodes.InternalError"/>. Either way the client gets a generic message: the exception's message and
/// stack trace (which may name hosts, statements or credentials) are logged, and shown only in Development, where the
/// original exception is kept as the inner exception and the error info provider shows its details.
/// </summary>
public static partial class InternalErrors
{
    /// <summary>What a client is told instead of the exception's own message.</summary>
    public const string Message = "An internal error occurred. It has been logged.";

    /// <summary>Logs the exception and replaces it with a coded, generic error.</summary>
    /// <param name="context">The unhandled exception, where it happened and the request's execution options.</param>
    public static void Mask(UnhandledExceptionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.ExecutionOptions.RequestServices ?? throw new InvalidOperationException("GraphQL requests run with their request services.");
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(InternalErrors));
        LogUnhandled(logger, context.OriginalException, context.FieldContext?.FieldDefinition.Name ?? "(none)");

        var inner = services.GetRequiredService<IHostEnvironment>().IsDevelopment() ? context.OriginalException : null;
        context.Exception = context.OriginalException is Neo4jException storeFailure
            ? new ExecutionError(StoreMessage(storeFailure.ErrorCode), inner) { Code = storeFailure.ErrorCode }
            : new ExecutionError(Message, inner) { Code = ErrorCodes.InternalError };
    }

    /// <summary>What a client is told of a store failure with the given code.</summary>
    public static string StoreMessage(string storeErrorCode) => storeErrorCode == StoreErrorCodes.StoreUnavailable
        ? "The graph store is unavailable at the moment. Try again later."
        : "The graph store failed to answer. It has been logged.";

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception while resolving field {Field}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string field);
}
