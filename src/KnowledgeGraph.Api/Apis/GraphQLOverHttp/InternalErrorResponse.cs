using KnowledgeGraph.Api.Graph.Errors;

namespace KnowledgeGraph.Api.Apis.GraphQLOverHttp;

/// <summary>
/// The answer to an exception that escaped a handler (the exception handler middleware has logged it): a 500 with one
/// coded GraphQL error and nothing of the exception, in every environment.
/// </summary>
public static class InternalErrorResponse
{
    /// <summary>Writes the 500 as <c>application/json</c>, which every client of any endpoint here can read.</summary>
    public static Task WriteAsync(HttpContext http) =>
        GraphQLHttpResult.RequestError(
                StatusCodes.Status500InternalServerError,
                InternalErrors.Message,
                ErrorCodes.InternalError,
                ResponseMediaType.Json)
            .ExecuteAsync(http);
}
