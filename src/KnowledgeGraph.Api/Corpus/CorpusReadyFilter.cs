namespace KnowledgeGraph.Api.Corpus;

/// <summary>
/// Answers 503 with <c>Retry-After</c> while the corpus loads, for endpoints that read the graph: a page or an export
/// of a half-loaded graph would look complete and be wrong.
/// </summary>
public sealed class CorpusReadyFilter(CorpusReadiness readiness) : IEndpointFilter
{
    // Loading the seed documents takes a second or two; larger corpora take longer.
    private const string RetryAfterSeconds = "5";

    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (readiness.IsReady)
        {
            return await next(context);
        }

        context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
        return TypedResults.Problem(
            "The documents are still loading; ask again shortly (/readyz says when).",
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Not ready");
    }
}
