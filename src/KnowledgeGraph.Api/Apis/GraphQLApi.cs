using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
using KnowledgeGraph.Api.Apis.ApiKeys;
using KnowledgeGraph.Api.Apis.GraphQLOverHttp;
using KnowledgeGraph.Api.Apis.OperationAccess;
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
        return error ?? await ExecuteAsync(http, services, request!, mediaType, sentWithGet: false);
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
        return error ?? await ExecuteAsync(http, services, request!, mediaType, sentWithGet: true);
    }

    private static async Task<IResult> ExecuteAsync(
        HttpContext http, GraphQLServices services, GraphQLRequest request, string mediaType, bool sentWithGet)
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

        var access = new OperationAccessRule(
            sentWithGet,
            () => services.MutationGate.Check(http.Request.Headers[MutationApiKeyGate.HeaderName]));
        var result = await services.Executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            ValidationRules = DocumentValidator.CoreRules.Append(access),
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
        });

        if (access.Refusal is { } refusal)
        {
            return Refused(http, refusal, result, mediaType);
        }

        // A request that never executed (syntax or validation errors) is a request error: 400 for clients that can
        // tell it apart; legacy application/json clients always get 200 with the errors in the body.
        var status = !result.Executed && mediaType == ResponseMediaType.GraphQLResponseJson
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        return new GraphQLHttpResult(result, mediaType, status);
    }

    // Refusals keep their status for every media type: a client must learn that it lacks a key or used the wrong method.
    private static GraphQLHttpResult Refused(HttpContext http, OperationRefusal refusal, ExecutionResult result, string mediaType)
    {
        if (refusal.StatusCode == StatusCodes.Status405MethodNotAllowed)
        {
            http.Response.Headers.Allow = "POST";
        }
        else if (refusal.StatusCode == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{MutationApiKeyGate.HeaderName}\"";
        }

        return new GraphQLHttpResult(result, mediaType, refusal.StatusCode);
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(value => value.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    private static GraphQLHttpResult NotAcceptable() =>
        GraphQLHttpResult.RequestError(
            StatusCodes.Status406NotAcceptable,
            $"Accept {ResponseMediaType.GraphQLResponseJson} or {ResponseMediaType.Json}.",
            mediaType: ResponseMediaType.Json);
}
