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
}
