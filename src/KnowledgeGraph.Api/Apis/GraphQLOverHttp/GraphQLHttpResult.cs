using GraphQL;
using KnowledgeGraph.Api.Graph.Errors;

namespace KnowledgeGraph.Api.Apis.GraphQLOverHttp;

/// <summary>Writes a GraphQL response as UTF-8 JSON in the negotiated media type, Chinese text unescaped.</summary>
/// <param name="Result">The execution result (or the request error) to write.</param>
/// <param name="MediaType">The negotiated media type.</param>
/// <param name="StatusCode">The HTTP status.</param>
public sealed record GraphQLHttpResult(ExecutionResult Result, string MediaType, int StatusCode) : IResult
{
    /// <summary>A request the endpoint refuses before executing it: one GraphQL error with a code.</summary>
    public static GraphQLHttpResult RequestError(
        int statusCode, string message, string code = ErrorCodes.BadRequest, string mediaType = ResponseMediaType.GraphQLResponseJson) =>
        new(new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] }, mediaType, statusCode);

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCode;
        httpContext.Response.ContentType = $"{MediaType}; charset=utf-8";
        var serializer = httpContext.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        await serializer.WriteAsync(httpContext.Response.Body, Result, httpContext.RequestAborted);
    }
}
