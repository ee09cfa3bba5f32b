namespace KnowledgeGraph.Api.Graph.Errors;

/// <summary>Machine-readable <c>extensions.code</c> values of our own errors (the engine adds its own for validation).</summary>
public static class ErrorCodes
{
    /// <summary>A <c>first</c>/<c>last</c> above the configured maximum page size.</summary>
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";

    /// <summary>A negative <c>first</c>/<c>last</c>.</summary>
    public const string InvalidPagingArgument = "INVALID_PAGING_ARGUMENT";

    /// <summary>An <c>after</c>/<c>before</c> that is not one of our cursors.</summary>
    public const string InvalidCursor = "INVALID_CURSOR";

    /// <summary>An id that is not one of our opaque ids.</summary>
    public const string InvalidId = "INVALID_ID";

    /// <summary>A request that is not a well-formed GraphQL-over-HTTP request.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>A mutation sent with GET, which may only carry queries.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>An operation nesting deeper than <c>KnowledgeGraph:Limits:MaxDepth</c>.</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";

    /// <summary>An operation costing more than <c>KnowledgeGraph:Limits:MaxComplexity</c>.</summary>
    public const string MaxComplexityExceeded = "MAX_COMPLEXITY_EXCEEDED";

    /// <summary>Introspection nesting types' member lists deeper than <c>KnowledgeGraph:Limits:MaxIntrospectionListNesting</c>.</summary>
    public const string IntrospectionTooDeep = "INTROSPECTION_TOO_DEEP";

    /// <summary>Fragments spread inside each other deeper than <c>KnowledgeGraph:Limits:MaxFragmentNesting</c>.</summary>
    public const string MaxFragmentNestingExceeded = "MAX_FRAGMENT_NESTING_EXCEEDED";

    /// <summary>An operation or fragment expanding to more fields than <c>KnowledgeGraph:Limits:MaxSelections</c>.</summary>
    public const string MaxSelectionsExceeded = "MAX_SELECTIONS_EXCEEDED";

    /// <summary>A selection set holding more fields than <c>KnowledgeGraph:Limits:MaxFieldsPerSelectionSet</c>.</summary>
    public const string MaxFieldsPerSelectionSetExceeded = "MAX_FIELDS_PER_SELECTION_SET_EXCEEDED";

    /// <summary>The last error of a response whose validation stopped at <c>KnowledgeGraph:Limits:MaxErrors</c> errors.</summary>
    public const string MaxErrorsExceeded = "MAX_ERRORS_EXCEEDED";

    /// <summary>An operation running longer than <c>KnowledgeGraph:Limits:ExecutionTimeout</c>; graphql-dotnet's own code.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>A GraphQL document longer than <c>KnowledgeGraph:Limits:MaxQueryLength</c>.</summary>
    public const string QueryTooLong = "QUERY_TOO_LONG";

    /// <summary>A request body larger than <c>KnowledgeGraph:Limits:MaxRequestBodySize</c> (HTTP 413).</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>A fault of the service; its details are logged, and shown to clients only in Development.</summary>
    public const string InternalError = "INTERNAL_ERROR";

    /// <summary>A query sent before the store has loaded its documents (HTTP 503; <c>/readyz</c> says when).</summary>
    public const string NotReady = "NOT_READY";

    /// <summary>A request without a persisted operation while only persisted operations are accepted.</summary>
    public const string PersistedOperationOnly = "PERSISTED_OPERATION_ONLY";

    /// <summary>A <c>documentId</c> or <c>persistedQuery</c> hash that names no registered operation.</summary>
    public const string PersistedOperationNotFound = "PERSISTED_OPERATION_NOT_FOUND";

    /// <summary>A mutation sent while the service has no API key configured.</summary>
    public const string MutationsDisabled = "MUTATIONS_DISABLED";

    /// <summary>A mutation sent without the <c>X-Api-Key</c> header.</summary>
    public const string ApiKeyRequired = "API_KEY_REQUIRED";

    /// <summary>A mutation sent with a key that is not the configured one.</summary>
    public const string InvalidApiKey = "INVALID_API_KEY";

    /// <summary>An argument outside the values it can take, such as a negative depth.</summary>
    public const string InvalidArgument = "INVALID_ARGUMENT";

    /// <summary>A traversal deeper or a path longer than configured (<c>KnowledgeGraph:Traversal</c>).</summary>
    public const string TraversalTooDeep = "TRAVERSAL_TOO_DEEP";

    /// <summary>A traversal that would return more nodes or paths than configured.</summary>
    public const string TraversalTooLarge = "TRAVERSAL_TOO_LARGE";
}
