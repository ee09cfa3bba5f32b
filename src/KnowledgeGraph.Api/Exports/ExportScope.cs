using System.Globalization;
using KnowledgeGraph.Api.Graph.Errors;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Api.Traversal;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Traversal;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// What an export request asks for: the whole graph (no query), or the neighbourhood of <c>?node=</c> (an opaque id)
/// within <c>?depth=</c> relationships (1 by default), bounded as GraphQL's <c>neighborhood</c> is: deeper than
/// <c>KnowledgeGraph:Traversal:MaxDepth</c> or more than <c>MaxNodes</c> nodes is refused, not cut.
/// </summary>
internal static class ExportScope
{
    public const string NodeParameter = "node";
    public const string DepthParameter = "depth";

    private const int DefaultDepth = 1;

    /// <summary>The neighbourhood asked for, null for the whole graph, or the problem (400 or 404) to answer instead.</summary>
    public static async Task<(Subgraph? Neighborhood, IResult? Problem)> ReadAsync(
        HttpRequest request, IGraphStore store, TraversalOptions limits, CancellationToken cancellationToken)
    {
        var node = request.Query[NodeParameter];
        var depthText = request.Query[DepthParameter];
        if (node.Count == 0)
        {
            return depthText.Count == 0
                ? (null, null)
                : (null, BadRequest(ErrorCodes.InvalidArgument, "`depth` needs a `node` to start from; leave both out for the whole graph."));
        }

        if (node.Count > 1 || depthText.Count > 1)
        {
            return (null, BadRequest(ErrorCodes.InvalidArgument, "Give `node` and `depth` at most once each."));
        }

        if (GlobalId.Decode(node.ToString()) is not { } nodeId)
        {
            return (null, BadRequest(ErrorCodes.InvalidId, $"'{node}' is not an id this API issued (ask GraphQL for a node's `id`)."));
        }

        var depth = DefaultDepth;
        if (depthText.Count == 1 && !int.TryParse(depthText.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out depth))
        {
            return (null, BadRequest(ErrorCodes.InvalidArgument, $"`depth` must be a whole number from 0 to {limits.MaxDepth}, not '{depthText}'."));
        }

        if (depth > limits.MaxDepth)
        {
            return (null, BadRequest(ErrorCodes.TraversalTooDeep, $"`depth` is {depth}, above the configured maximum of {limits.MaxDepth}."));
        }

        var subgraph = await store.GetNeighborhoodAsync(
            new NeighborhoodQuery(nodeId, depth, [], TraversalDirection.Both, limits.MaxNodes), cancellationToken);
        return subgraph switch
        {
            null => (null, TypedResults.Problem($"No node has the id '{node}'.", statusCode: StatusCodes.Status404NotFound, title: "Unknown node")),
            { Truncated: true } => (null, BadRequest(
                ErrorCodes.TraversalTooLarge,
                $"More than {limits.MaxNodes} nodes lie within {depth} relationships; ask for a smaller `depth`, or export the whole graph.")),
            _ => (subgraph, null),
        };
    }

    private static ProblemHttpResult BadRequest(string code, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad export request", extensions: new Dictionary<string, object?> { ["code"] = code });
}
