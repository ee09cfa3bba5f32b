using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Apis.GraphQLOverHttp;

/// <summary>Reads a GraphQL-over-HTTP request from a POST body or GET query string, or says why it cannot.</summary>
public static class GraphQLRequestReader
{
    /// <summary>Reads a POST: the body must be a UTF-8 <c>application/json</c> object with a string <c>query</c>.</summary>
    public static async Task<(GraphQLRequest? Request, GraphQLHttpResult? Error)> ReadPostAsync(HttpRequest request, IGraphQLTextSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(serializer);
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(ResponseMediaType.Json, StringComparison.OrdinalIgnoreCase))
        {
            return (null, GraphQLHttpResult.RequestError(StatusCodes.Status415UnsupportedMediaType, "POST bodies must be application/json."));
        }

        if (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return (null, GraphQLHttpResult.RequestError(StatusCodes.Status415UnsupportedMediaType, "Only the utf-8 charset is accepted."));
        }

        try
        {
            var graphQLRequest = await serializer.ReadAsync<GraphQLRequest>(request.Body, request.HttpContext.RequestAborted);
            return Validate(graphQLRequest);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or NotSupportedException)
        {
            return (null, GraphQLHttpResult.RequestError(StatusCodes.Status400BadRequest, "The body is not a GraphQL request: " + Clean(exception)));
        }
    }

    /// <summary>Reads a GET: <c>query</c>, <c>operationName</c>, and JSON-encoded <c>variables</c> and <c>extensions</c>.</summary>
    public static (GraphQLRequest? Request, GraphQLHttpResult? Error) ReadGet(HttpRequest request, IGraphQLTextSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(serializer);
        try
        {
            return Validate(new GraphQLRequest
            {
                Query = request.Query["query"],
                OperationName = request.Query["operationName"],
                Variables = Json<Inputs>(serializer, request.Query["variables"]),
                Extensions = Json<Inputs>(serializer, request.Query["extensions"]),
            });
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or NotSupportedException)
        {
            return (null, GraphQLHttpResult.RequestError(StatusCodes.Status400BadRequest, "`variables` and `extensions` must be JSON objects: " + Clean(exception)));
        }
    }

    private static T? Json<T>(IGraphQLTextSerializer serializer, string? json) =>
        string.IsNullOrEmpty(json) ? default : serializer.Deserialize<T>(json);

    private static (GraphQLRequest?, GraphQLHttpResult?) Validate(GraphQLRequest? request) =>
        string.IsNullOrWhiteSpace(request?.Query)
            ? (null, GraphQLHttpResult.RequestError(StatusCodes.Status400BadRequest, "The request has no `query`."))
            : (request, null);

    // Parser messages name the offending JSON position, which helps; stack traces and type names do not.
    private static string Clean(Exception exception) => exception.Message.Split(" Path:", 2)[0];
}
