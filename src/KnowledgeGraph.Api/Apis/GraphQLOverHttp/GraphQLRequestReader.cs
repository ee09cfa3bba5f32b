using System.Buffers;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using KnowledgeGraph.Api.Graph.Errors;
using KnowledgeGraph.Api.Limits;
using KnowledgeGraph.Api.PersistedOperations;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Apis.GraphQLOverHttp;

/// <summary>
/// Reads a GraphQL-over-HTTP request from a POST body or GET query string within the configured limits, or says why it
/// cannot, as an error in the negotiated media type.
/// </summary>
public static class GraphQLRequestReader
{
    /// <summary>
    /// Reads a POST: the body must be a UTF-8 <c>application/json</c> object no larger than
    /// <paramref name="maxBodySize"/> (<see cref="LimitsOptions.MaxRequestBodySize"/>, or more for a document to
    /// ingest), with a string <c>query</c> or a persisted operation's id.
    /// </summary>
    public static async Task<(GraphQLRequest? Request, GraphQLHttpResult? Error)> ReadPostAsync(
        HttpRequest request, IGraphQLTextSerializer serializer, LimitsOptions limits, long maxBodySize, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(serializer);
        ArgumentNullException.ThrowIfNull(limits);
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(ResponseMediaType.Json, StringComparison.OrdinalIgnoreCase))
        {
            return Refuse(StatusCodes.Status415UnsupportedMediaType, "POST bodies must be application/json.", mediaType);
        }

        if (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return Refuse(StatusCodes.Status415UnsupportedMediaType, "Only the utf-8 charset is accepted.", mediaType);
        }

        // A declared length is refused before reading; a chunked body is refused as soon as it grows past the limit.
        if (request.ContentLength > maxBodySize
            || await ReadBodyAsync(request, maxBodySize) is not { } body)
        {
            return Refuse(
                StatusCodes.Status413PayloadTooLarge,
                $"The request body is larger than {maxBodySize} bytes.",
                mediaType,
                ErrorCodes.RequestTooLarge);
        }

        try
        {
            using var json = new MemoryStream(body, writable: false);
            var graphQLRequest = await serializer.ReadAsync<GraphQLRequest>(json, request.HttpContext.RequestAborted);
            return Validate(graphQLRequest, limits, mediaType);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or NotSupportedException)
        {
            return Refuse(StatusCodes.Status400BadRequest, "The body is not a GraphQL request: " + Clean(exception), mediaType);
        }
    }

    /// <summary>
    /// Reads a GET: <c>query</c> or <c>documentId</c>, <c>operationName</c>, and JSON-encoded <c>variables</c> and
    /// <c>extensions</c>.
    /// </summary>
    public static (GraphQLRequest? Request, GraphQLHttpResult? Error) ReadGet(
        HttpRequest request, IGraphQLTextSerializer serializer, LimitsOptions limits, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(serializer);
        ArgumentNullException.ThrowIfNull(limits);
        try
        {
            return Validate(
                new GraphQLRequest
                {
                    Query = request.Query["query"],
                    DocumentId = request.Query["documentId"],
                    OperationName = request.Query["operationName"],
                    Variables = Json<Inputs>(serializer, request.Query["variables"]),
                    Extensions = Json<Inputs>(serializer, request.Query["extensions"]),
                },
                limits,
                mediaType);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or NotSupportedException)
        {
            return Refuse(StatusCodes.Status400BadRequest, "`variables` and `extensions` must be JSON objects: " + Clean(exception), mediaType);
        }
    }

    // Kestrel's own body size limit is not there under every server (the in-memory test server has none), so the
    // body is buffered here, up to the limit, whatever serves the request.
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, long maxSize)
    {
        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(request.HttpContext.RequestAborted);
            if (read.Buffer.Length > maxSize)
            {
                reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
                return null;
            }

            if (read.IsCompleted)
            {
                var body = read.Buffer.ToArray();
                reader.AdvanceTo(read.Buffer.End);
                return body;
            }

            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
    }

    private static T? Json<T>(IGraphQLTextSerializer serializer, string? json) =>
        string.IsNullOrEmpty(json) ? default : serializer.Deserialize<T>(json);

    private static (GraphQLRequest?, GraphQLHttpResult?) Validate(GraphQLRequest? request, LimitsOptions limits, string mediaType)
    {
        if (request?.Query is { } query && query.Length > limits.MaxQueryLength)
        {
            return Refuse(
                StatusCodes.Status400BadRequest,
                $"The query has {query.Length} characters; at most {limits.MaxQueryLength} are accepted.",
                mediaType,
                ErrorCodes.QueryTooLong);
        }

        var namesPersistedOperation = !string.IsNullOrEmpty(request?.DocumentId) || PersistedOperationHandler.ApolloHash(request?.Extensions) is not null;
        return string.IsNullOrWhiteSpace(request?.Query) && !namesPersistedOperation
            ? Refuse(StatusCodes.Status400BadRequest, "The request has neither a `query` nor a `documentId`.", mediaType)
            : (request, null);
    }

    private static (GraphQLRequest?, GraphQLHttpResult?) Refuse(
        int statusCode, string message, string mediaType, string code = ErrorCodes.BadRequest) =>
        (null, GraphQLHttpResult.RequestError(statusCode, message, code, mediaType));

    // Parser messages name the offending JSON position, which helps; stack traces and type names do not.
    private static string Clean(Exception exception) => exception.Message.Split(" Path:", 2)[0];
}
