using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Api.Graph.Relationships;
using KnowledgeGraph.Api.Graph.Requests;
using KnowledgeGraph.Storage.Traversal;

namespace KnowledgeGraph.Api.Traversal;

/// <summary>GraphQL type of <see cref="GraphPath"/>.</summary>
public sealed class PathType : ObjectGraphType<GraphPath>
{
    /// <summary>Declares the path's fields.</summary>
    public PathType()
    {
        Name = "Path";
        Description = "A path through the graph: nodes and edges alternating, `edges[i]` joining `nodes[i]` and `nodes[i + 1]`.";
        Field<NonNullGraphType<IntGraphType>>("length")
            .Description("The number of edges.")
            .Resolve(context => context.Source.Length);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("nodes")
            .Description("The nodes in path order, `from` first and `to` last.")
            .Resolve(context => GraphRequest.Of(context).Mapper.MapAll(context.Source.Nodes));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipGraphType>>>>("edges")
            .Description("The relationships between consecutive nodes; each may point either way along the path.")
            .Resolve(context => context.Source.Relationships);
    }
}
