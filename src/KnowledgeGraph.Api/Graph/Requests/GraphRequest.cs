using GraphQL;
using KnowledgeGraph.Api.Graph.Connections;
using KnowledgeGraph.Api.Graph.DataLoaders;
using KnowledgeGraph.Api.Graph.Mapping;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Graph.Requests;

/// <summary>
/// What resolvers need from one request (the store, the mapper, the request's DataLoaders, the paging options),
/// resolved from the request's services once, when the operation starts, and handed to every field as its
/// <c>UserContext</c> (graphql-dotnet's typed user context: a dictionary subclass).
/// Looking each of them up per field cost a scoped-service resolution each, and those take the request scope's lock,
/// which fields resolved on different threads contended for (see bench/RESULTS.md, "The request path").
/// </summary>
public sealed class GraphRequest : Dictionary<string, object?>
{
    /// <summary>Resolves what resolvers need from one request's services.</summary>
    public GraphRequest(
        IGraphStore store,
        NodeMapper mapper,
        NodeByIdDataLoader nodes,
        RelationshipsByNodeDataLoader relationships,
        RelationshipSliceByNodeDataLoader relationshipSlices,
        IOptions<PagingOptions> paging)
    {
        ArgumentNullException.ThrowIfNull(paging);
        Store = store;
        Mapper = mapper;
        Nodes = nodes;
        Relationships = relationships;
        RelationshipSlices = relationshipSlices;
        Paging = paging.Value;
    }

    /// <summary>The graph store.</summary>
    public IGraphStore Store { get; }

    /// <summary>Turns node records into typed objects.</summary>
    public NodeMapper Mapper { get; }

    /// <summary>Nodes by id, batched per level.</summary>
    public NodeByIdDataLoader Nodes { get; }

    /// <summary>A node's relationships of one type, batched per level.</summary>
    public RelationshipsByNodeDataLoader Relationships { get; }

    /// <summary>The count and first of a node's relationships of one type, batched per level.</summary>
    public RelationshipSliceByNodeDataLoader RelationshipSlices { get; }

    /// <summary>Default and maximum page sizes.</summary>
    public PagingOptions Paging { get; }

    /// <summary>The request a field is resolved for.</summary>
    public static GraphRequest Of(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.UserContext as GraphRequest
            ?? throw new InvalidOperationException($"Operations run with a {nameof(GraphRequest)} as their user context ({nameof(Attach)}).");
    }

    /// <summary>Makes the request's <see cref="GraphRequest"/> the operation's user context.</summary>
    public static void Attach(ExecutionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UserContext = options.RequestServices!.GetRequiredService<GraphRequest>();
    }
}
