using GraphQL;
using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using KnowledgeGraph.Api.Apis.ApiKeys;
using KnowledgeGraph.Api.Apis.GraphQLOverHttp;
using KnowledgeGraph.Api.Graph.Errors;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Apis;

/// <summary>
/// Our own GraphQL-over-HTTP endpoint (the GraphQL.Server packages are not on the registry we can reach):
/// POST and GET, <c>application/graphql-response+json</c> (request errors answer 4xx) and <c>application/json</c>
/// (always 200 once the request is well formed). Mutations need the API key (<see cref="MutationApiKeyGate"/>): without
/// it they are refused before they run, with 401 (no or wrong key) or 403 (mutations disabled) in either media type,
/// because the refusal is about HTTP authentication, not about the GraphQL request.
/// </summary>
public static class GraphQLApi
{
    /// <summary>The endpoint's path; the IDE lives under it.</summary>
    public const string Path = "/graphql";

    // Loading the seed documents takes a second or two; larger corpora take longer, and clients may ask again sooner.
    private const string RetryAfterSeconds = "5";

    /// <summary>Maps POST and GET on <see cref="Path"/>.</summary>
    public static RouteGroupBuilder MapGraphQLApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Path).WithTags("GraphQL");
        api.MapPost("/", ExecutePostAsync).WithName("GraphQLPost");
        api.MapGet("/", ExecuteGetAsync).WithName("GraphQLGet");
        return api;
    }

    /// <summary>Executes a query or mutation sent as a JSON body.</summary>
    public static async Task<IResult> ExecutePostAsync(HttpContext http, [AsParameters] GraphQLServices services)
    {
        if (ResponseMediaType.Negotiate(http.Request.GetTypedHeaders().Accept) is not { } mediaType)
        {
            return NotAcceptable();
        }

        var (request, error) = await GraphQLRequestReader.ReadPostAsync(
            http.Request, services.Serializer, services.Limits.Value, services.BodyLimit.For(http.Request), mediaType);
        return error ?? await ExecuteAsync(http, services, request!, mediaType, allowMutations: true);
    }

    /// <summary>
    /// Executes a query sent in the query string. A browser asking for a page without a query is sent to the IDE
    /// at <c>/graphql/</c> (the trailing slash lets the IDE load its files relative to its page).
    /// </summary>
    public static async Task<IResult> ExecuteGetAsync(HttpContext http, [AsParameters] GraphQLServices services)
    {
        if (!http.Request.Query.ContainsKey("query") && !http.Request.Query.ContainsKey("documentId") && AcceptsHtml(http.Request))
        {
            return TypedResults.Redirect($"{http.Request.PathBase}{Path}/");
        }

        if (ResponseMediaType.Negotiate(http.Request.GetTypedHeaders().Accept) is not { } mediaType)
        {
            return NotAcceptable();
        }

        var (request, error) = GraphQLRequestReader.ReadGet(http.Request, services.Serializer, services.Limits.Value, mediaType);
        return error ?? await ExecuteAsync(http, services, request!, mediaType, allowMutations: false);
    }

    private static async Task<IResult> ExecuteAsync(
        HttpContext http, GraphQLServices services, GraphQLRequest request, string mediaType, bool allowMutations)
    {
        if (!services.Readiness.IsReady)
        {
            http.Response.Headers.RetryAfter = RetryAfterSeconds;
            return GraphQLHttpResult.RequestError(
                StatusCodes.Status503ServiceUnavailable,
                "The service is still loading its documents; try again shortly (GET /readyz answers 200 once it is ready).",
                ErrorCodes.NotReady,
                mediaType);
        }

        // A persisted operation's text is looked up during execution, after the GET and API key checks below; the
        // persisted operations are queries (a test keeps them so), so those checks see every mutation.
        var document = request.Query is null ? null : TryParse(request.Query);
        var operation = document is null ? null : SelectedOperation(document, request.OperationName);
        if (!allowMutations && operation is { Operation: not OperationType.Query })
        {
            http.Response.Headers.Allow = "POST";
            return GraphQLHttpResult.RequestError(StatusCodes.Status405MethodNotAllowed, "Only queries may be sent with GET; use POST.", mediaType: mediaType);
        }

        if (operation is { Operation: OperationType.Mutation }
            && services.MutationGate.Check(http.Request.Headers[MutationApiKeyGate.HeaderName]) is { } denial)
        {
            if (denial.StatusCode == StatusCodes.Status401Unauthorized)
            {
                http.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{MutationApiKeyGate.HeaderName}\"";
            }

            return GraphQLHttpResult.RequestError(denial.StatusCode, denial.Message, denial.Code, mediaType);
        }

        var result = await services.Executer.ExecuteAsync(new ExecutionOptions
        {
            // The query, not the document parsed above: the persisted operation handler passes over requests that
            // arrive with a parsed document, taking them for cached persisted ones.
            Query = request.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
        });

        // A request that never executed (syntax or validation errors) is a request error: 400 for clients that can
        // tell it apart; legacy application/json clients always get 200 with the errors in the body.
        var status = !result.Executed && mediaType == ResponseMediaType.GraphQLResponseJson
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        return new GraphQLHttpResult(result, mediaType, status);
    }

    // Parsed here only to learn the operation type; the executer parses again and reports syntax errors itself.
    private static GraphQLDocument? TryParse(string query)
    {
        try
        {
            return Parser.Parse(query);
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }
    }

    private static GraphQLOperationDefinition? SelectedOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.Find(operation => operation.Name?.StringValue == operationName);
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(value => value.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    private static GraphQLHttpResult NotAcceptable() =>
        GraphQLHttpResult.RequestError(
            StatusCodes.Status406NotAcceptable,
            $"Accept {ResponseMediaType.GraphQLResponseJson} or {ResponseMediaType.Json}.",
            mediaType: ResponseMediaType.Json);
}
