using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Api.Graph.Relationships;
using KnowledgeGraph.Api.Graph.Requests;
using KnowledgeGraph.Storage.Traversal;

namespace KnowledgeGraph.Api.Traversal;

/// <summary>GraphQL type of <see cref="Subgraph"/>: nodes and edges, ready for a graph drawing.</summary>
public sealed class SubgraphType : ObjectGraphType<Subgraph>
{
    /// <summary>Declares the subgraph's fields.</summary>
    public SubgraphType()
    {
        Name = "Subgraph";
        Description = "Nodes and the relationships among them, for drawing: edges name their ends by `sourceId` and `targetId`.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("nodes")
            .Description("The nodes, the start first, then by distance from it.")
            .Resolve(context => GraphRequest.Of(context).Mapper.MapAll(context.Source.Nodes));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipGraphType>>>>("edges")
            .Description("Every relationship of the followed kinds between two of the nodes.")
            .Resolve(context => context.Source.Relationships);
        Field<NonNullGraphType<BooleanGraphType>>("truncated")
            .Description("True when more nodes were in reach than `limit`; the nearest were kept.")
            .Resolve(context => context.Source.Truncated);
    }
}
