using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using KnowledgeGraph.Api.Graph.DataLoaders;
using KnowledgeGraph.Api.Graph.Kinds;
using KnowledgeGraph.Api.Graph.Navigation;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Api.Graph.Relationships;

/// <summary><c>Relationship</c>: one typed, directed edge of the graph, for drawing subgraphs and paths.</summary>
public sealed class RelationshipGraphType : ObjectGraphType<RelationshipRecord>
{
    /// <summary>Declares the edge's fields.</summary>
    public RelationshipGraphType()
    {
        Name = "Relationship";
        Description = "A typed, directed edge between two nodes, with its properties.";
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Opaque, stable id of the relationship.")
            .Resolve(context => GlobalId.Encode(context.Source.Id));
        Field<NonNullGraphType<RelationshipKindType>>("kind")
            .Description("The relationship's type, such as LED_BY.")
            .Resolve(context => context.Source.Type);
        Field<NonNullGraphType<IdGraphType>>("sourceId")
            .Description("Id of the node the relationship starts at (what `node(id:)` takes).")
            .Resolve(context => GlobalId.Encode(context.Source.StartId));
        Field<NonNullGraphType<IdGraphType>>("targetId")
            .Description("Id of the node the relationship points to.")
            .Resolve(context => GlobalId.Encode(context.Source.EndId));
        Field<NodeInterface>("source")
            .Description("The node the relationship starts at.")
            .Resolve(context => NodeAt(context, context.Source.StartId));
        Field<NodeInterface>("target")
            .Description("The node the relationship points to.")
            .Resolve(context => NodeAt(context, context.Source.EndId));
        Field<NonNullGraphType<RelationshipPropertiesType>>("properties")
            .Description("What the relationship itself says: its evidence and, for responsibilities, the role.")
            .Resolve(context => context.Source);
    }

    private static IDataLoaderResult<object?> NodeAt(IResolveFieldContext context, string nodeId) =>
        context.LoadNodes<object>([nodeId]).Select(nodes => nodes.Count > 0 ? nodes[0] : null);
}
