using GraphQL;
using GraphQL.DI;
using GraphQL.PersistedDocuments;
using KnowledgeGraph.Api.Graph.Errors;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.PersistedOperations;

/// <summary>
/// graphql-dotnet's handler for GraphQL over HTTP's persisted documents (<c>documentId</c>), which also takes Apollo's
/// automatic persisted queries (<c>extensions.persistedQuery.sha256Hash</c>) as a document id and gives its errors our
/// codes. Registered operations come from <see cref="PersistedOperationRegistry"/>; the service never registers what a
/// client sends, so Apollo's "send the query again" round trip simply runs that query when arbitrary queries are allowed.
/// </summary>
public sealed class PersistedOperationHandler(IOptions<PersistedOperationsOptions> options)
    : PersistedDocumentHandler(new PersistedDocumentOptions { AllowOnlyPersistedDocuments = options.Value.OnlyPersisted }), IConfigureExecution
{
    private readonly bool _onlyPersisted = options.Value.OnlyPersisted;

    // The base handler's ExecuteAsync is not virtual; re-implementing the interface puts the Apollo mapping before it.
    Task<ExecutionResult> IConfigureExecution.ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.DocumentId is null && ApolloHash(options.Extensions) is { } hash)
        {
            if (options.Query is null || _onlyPersisted)
            {
                options.DocumentId = $"{PersistedOperationRegistry.Sha256Prefix}:{hash}";
                options.Query = null;
            }
        }

        return base.ExecuteAsync(options, next);
    }

    /// <inheritdoc />
    protected override ExecutionResult CreateExecutionResult(ExecutionError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        error.Code = error switch
        {
            DocumentIdMissingError => ErrorCodes.PersistedOperationOnly,
            DocumentNotFoundError or DocumentIdInvalidError => ErrorCodes.PersistedOperationNotFound,
            _ => ErrorCodes.BadRequest,
        };
        return base.CreateExecutionResult(error);
    }

    /// <summary>
    /// The hash of an Apollo persisted query: Apollo's link sends
    /// <c>{ "persistedQuery": { "version": 1, "sha256Hash": "&lt;hex&gt;" } }</c> in the extensions.
    /// </summary>
    internal static string? ApolloHash(Inputs? extensions) =>
        extensions?.TryGetValue("persistedQuery", out var persistedQuery) == true
        && persistedQuery is IDictionary<string, object?> fields
        && fields.TryGetValue("sha256Hash", out var hash)
            ? hash as string
            : null;
}
