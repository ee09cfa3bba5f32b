using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using KnowledgeGraph.Api.Graph.Errors;
using KnowledgeGraph.Api.Graph.Kinds;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Api.Graph.Requests;
using KnowledgeGraph.Api.Limits;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Traversal;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Traversal;

/// <summary>The root fields <c>neighborhood</c> and <c>paths</c>: checks their bounds, then asks the store.</summary>
public static class TraversalFields
{
    /// <summary>Adds <c>neighborhood</c> and <c>paths</c> to the root query.</summary>
    public static void AddTraversalFields(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<SubgraphType>("neighborhood")
            .Description("Everything within `depth` relationships of a node, as nodes and edges for drawing; null when no node has the id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The node to start from.")
            .Argument<IntGraphType>("depth", "How many relationships away to look (at most `KnowledgeGraph:Traversal:MaxDepth`).", argument => argument.DefaultValue = 1)
            .Argument<ListGraphType<NonNullGraphType<RelationshipKindType>>>("relationships", "Follow only these kinds of relationship; all when left out.")
            .Argument<DirectionType>("direction", "Which way to follow relationships.", argument => argument.DefaultValue = TraversalDirection.Both)
            .Argument<IntGraphType>(
                "limit",
                "Return at most this many nodes, the nearest first, and set `truncated` if more were in reach. Without it, a neighbourhood larger than `KnowledgeGraph:Traversal:MaxNodes` is an error.")
            .WithComplexityImpact(context => new(FieldPrices.TraversalPerNode * NodesInReach(context), 1))
            .ResolveAsync(async context => await Neighborhood(context));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathType>>>>("paths")
            .Description("The shortest paths between two nodes over relationships of any kind, either way; empty when none is at most `maxLength` long.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "The node the paths start at.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "The node the paths end at.")
            .Argument<IntGraphType>("maxLength", "The longest path worth finding, in relationships (at most `KnowledgeGraph:Traversal:MaxPathLength`).", argument => argument.DefaultValue = 4)
            .Argument<IntGraphType>("first", "Return at most this many of the shortest paths, ordered by the ids along them (at most `KnowledgeGraph:Traversal:MaxPaths`).")
            .WithComplexityImpact(FieldPrices.PathSearch)
            .ResolveAsync(async context => await Paths(context));
    }

    private static async Task<Subgraph?> Neighborhood(IResolveFieldContext context)
    {
        var options = Options(context);
        var depth = Bounded(context, "depth", 0, options.MaxDepth, ErrorCodes.TraversalTooDeep);
        var limit = context.GetArgument<int?>("limit") is null ? (int?)null : Bounded(context, "limit", 1, options.MaxNodes, ErrorCodes.TraversalTooLarge);
        var query = new NeighborhoodQuery(
            NodeId(context, "id"),
            depth,
            context.GetArgument<List<string>?>("relationships") ?? [],
            context.GetArgument<TraversalDirection>("direction"),
            limit ?? options.MaxNodes);
        var subgraph = await Store(context).GetNeighborhoodAsync(query, context.CancellationToken);
        return subgraph is { Truncated: true } && limit is null
            ? throw new ExecutionError(
                $"More than {options.MaxNodes} nodes lie within {depth} relationships; ask for a smaller `depth`, fewer `relationships` or a `limit`.")
            { Code = ErrorCodes.TraversalTooLarge }
            : subgraph;
    }

    private static async Task<IReadOnlyList<GraphPath>> Paths(IResolveFieldContext context)
    {
        var options = Options(context);
        var query = new PathQuery(
            NodeId(context, "from"),
            NodeId(context, "to"),
            Bounded(context, "maxLength", 0, options.MaxPathLength, ErrorCodes.TraversalTooDeep),
            context.GetArgument<int?>("first") is null ? options.DefaultPaths : Bounded(context, "first", 1, options.MaxPaths, ErrorCodes.TraversalTooLarge));
        return await Store(context).FindShortestPathsAsync(query, context.CancellationToken);
    }

    // An integer argument within [minimum, maximum]: below is invalid, above breaks the configured bound.
    private static int Bounded(IResolveFieldContext context, string name, int minimum, int maximum, string exceededCode)
    {
        var value = context.GetArgument<int>(name);
        return value < minimum
            ? throw new ExecutionError($"`{name}` must be at least {minimum}.") { Code = ErrorCodes.InvalidArgument }
            : value > maximum
                ? throw new ExecutionError($"`{name}` is {value}, above the configured maximum of {maximum}.") { Code = exceededCode }
                : value;
    }

    private static string NodeId(IResolveFieldContext context, string name)
    {
        var id = context.GetArgument<string>(name);
        return GlobalId.Decode(id) ?? throw new ExecutionError($"'{id}' is not an id this API issued.") { Code = ErrorCodes.InvalidId };
    }

    // The nodes a neighbourhood may visit: its limit, never more than the configured maximum (a larger limit is refused
    // with TRAVERSAL_TOO_LARGE when it runs, so it must not be refused for its cost first).
    private static int NodesInReach(FieldImpactContext context)
    {
        var maxNodes = OptionsOf(context.ValidationContext.RequestServices).MaxNodes;
        return Math.Min(context.GetArgument<int?>("limit") ?? maxNodes, maxNodes);
    }

    private static TraversalOptions Options(IResolveFieldContext context) => OptionsOf(context.RequestServices);

    private static TraversalOptions OptionsOf(IServiceProvider? services) =>
        services!.GetRequiredService<IOptions<TraversalOptions>>().Value;

    private static IGraphStore Store(IResolveFieldContext context) => GraphRequest.Of(context).Store;
}
