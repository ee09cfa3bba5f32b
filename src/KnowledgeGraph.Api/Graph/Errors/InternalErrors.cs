using GraphQL;
using GraphQL.Execution;

namespace KnowledgeGraph.Api.Graph.Errors;

/// <summary>
/// Turns an exception that escaped a resolver (or the executer) into one coded <see cref="ErrorCodes.InternalError"/>
/// error. Its message and stack trace are logged; a client sees them only in Development, where the original
/// exception is kept as the inner exception and the error info provider shows its details.
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
        context.Exception = new ExecutionError(Message, inner) { Code = ErrorCodes.InternalError };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception while resolving field {Field}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string field);
}
