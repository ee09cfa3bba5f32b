using System.IO.Pipelines;
using KnowledgeGraph.Api.Corpus;
using KnowledgeGraph.Api.Traversal;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// The graph for researchers' tools, streamed as it is read: GraphML, CSV node and edge lists and JSON-LD, of the whole
/// graph or of a neighbourhood (<c>?node=&lt;id&gt;&amp;depth=&lt;n&gt;</c>), and the JSON-LD context. Whole-graph
/// exports are few at a time (<c>KnowledgeGraph:Export:MaxConcurrentWholeGraphExports</c>, then 429); every export
/// stops reading the store when its client goes away.
/// </summary>
public static class ExportApi
{
    /// <summary>The folder of the exports.</summary>
    public const string Path = "/export";

    /// <summary>The path of the JSON-LD context every JSON-LD export names.</summary>
    public const string ContextPath = Path + "/context.jsonld";

    private const string RetryAfterSeconds = "10";

    private delegate Task FormatWriter(GraphExport export, HttpContext http, CancellationToken cancellationToken);

    /// <summary>Binds <see cref="ExportOptions"/> (checked at start-up) and registers the whole-graph gate.</summary>
    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        services.AddOptions<ExportOptions>().BindConfiguration(ExportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WholeGraphExportGate>();
        return services;
    }

    /// <summary>Maps the four exports and the context under <see cref="Path"/>, answering 503 until the corpus is loaded.</summary>
    public static RouteGroupBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        var exports = endpoints.MapGroup(Path).WithTags("Exports").AddEndpointFilter<CorpusReadyFilter>();
        exports.MapGet("/graph.graphml", (HttpContext http, [AsParameters] ExportServices services) =>
            ExportAsync(http, services, GraphMLFormat.ContentType, "graph.graphml", (export, h, token) => GraphMLFormat.WriteAsync(export, h.Response.Body, token)))
            .WithName("ExportGraphML");
        exports.MapGet("/nodes.csv", (HttpContext http, [AsParameters] ExportServices services) =>
            ExportAsync(http, services, CsvFormat.ContentType, "nodes.csv", (export, h, token) => CsvFormat.WriteNodesAsync(export, h.Response.Body, token)))
            .WithName("ExportNodesCsv");
        exports.MapGet("/edges.csv", (HttpContext http, [AsParameters] ExportServices services) =>
            ExportAsync(http, services, CsvFormat.ContentType, "edges.csv", (export, h, token) => CsvFormat.WriteEdgesAsync(export, h.Response.Body, token)))
            .WithName("ExportEdgesCsv");
        exports.MapGet("/graph.jsonld", (HttpContext http, [AsParameters] ExportServices services) =>
            ExportAsync(http, services, JsonLdFormat.ContentType, "graph.jsonld", (export, h, token) => JsonLdFormat.WriteAsync(export, ContextUrl(h.Request), h.Response.BodyWriter, token)))
            .WithName("ExportJsonLd");
        exports.MapGet("/context.jsonld", () => TypedResults.Bytes(JsonLdFormat.Context, JsonLdFormat.ContentType))
            .WithName("JsonLdContext");
        return exports;
    }

    // Checks the scope, then streams the export: headers first, then each page of nodes and relationships as it is read.
    private static async Task<IResult> ExportAsync(HttpContext http, ExportServices services, string contentType, string fileName, FormatWriter write)
    {
        var cancellationToken = http.RequestAborted;
        var (neighborhood, problem) = await ExportScope.ReadAsync(http.Request, services.Store, services.Traversal.Value, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var gate = neighborhood is null ? services.Gate : null;
        if (gate is not null && !gate.TryEnter())
        {
            http.Response.Headers.RetryAfter = RetryAfterSeconds;
            return TypedResults.Problem(
                $"{services.Options.Value.MaxConcurrentWholeGraphExports} whole-graph exports are running; ask again shortly, or export a neighbourhood.",
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many exports");
        }

        var export = neighborhood is null ? GraphExport.Whole(services.Store, services.Options.Value.StorePageSize) : GraphExport.Of(neighborhood);
        return TypedResults.Stream(
            async _ =>
            {
                try
                {
                    await write(export, http, cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // The client went away: nobody is left to tell.
                }
                finally
                {
                    gate?.Exit();
                }
            },
            contentType,
            fileName);
    }

    private static string ContextUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{ContextPath}";

    /// <summary>What an export handler needs.</summary>
    /// <param name="Store">The graph.</param>
    /// <param name="Traversal">The neighbourhood bounds, shared with GraphQL's <c>neighborhood</c>.</param>
    /// <param name="Options">The export options.</param>
    /// <param name="Gate">How many whole-graph exports run.</param>
    internal sealed record ExportServices(IGraphStore Store, IOptions<TraversalOptions> Traversal, IOptions<ExportOptions> Options, WholeGraphExportGate Gate);
}
