using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Connections;
using KnowledgeGraph.Api.Graph.Kinds;
using KnowledgeGraph.Api.Graph.Nodes;

namespace KnowledgeGraph.Api.Graph.Relationships;

/// <summary>A connection over relationships to nodes of one type, such as <c>UnitRelationshipConnection</c>.</summary>
/// <typeparam name="TNodeType">The graph type of the nodes at the other end.</typeparam>
/// <typeparam name="T">Their object type.</typeparam>
public sealed class RelationshipConnectionGraphType<TNodeType, T> : ObjectGraphType<RelationshipConnection<T>>
    where TNodeType : IGraphType, INodeGraphType
{
    /// <summary>Declares <c>pageInfo</c>, <c>edges</c>, <c>nodes</c> and <c>totalCount</c>.</summary>
    public RelationshipConnectionGraphType()
    {
        Name = $"{TNodeType.TypeName}RelationshipConnection";
        Description = $"A page of relationships to {TNodeType.TypeName} objects, each edge with the relationship's properties.";
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Where this page sits in the whole result.")
            .Resolve(context => context.Source);
        Field<ListGraphType<NonNullGraphType<RelationshipEdgeGraphType<TNodeType, T>>>>("edges")
            .Description("The page's relationships, each with its cursor, the object at its other end and its properties.")
            .Resolve(context => context.Source.Edges);
        Field<ListGraphType<NonNullGraphType<TNodeType>>>("nodes")
            .Description("The objects at the other end of the page's relationships, without cursors or properties.")
            .Resolve(context => context.Source.Nodes);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many relationships the whole result holds, over all pages.")
            .Resolve(context => context.Source.TotalCount);
    }
}

/// <summary>An edge of a relationship connection, such as <c>UnitRelationshipEdge</c>.</summary>
/// <typeparam name="TNodeType">The graph type of the node at the other end.</typeparam>
/// <typeparam name="T">Its object type.</typeparam>
public sealed class RelationshipEdgeGraphType<TNodeType, T> : ObjectGraphType<RelationshipEdge<T>>
    where TNodeType : IGraphType, INodeGraphType
{
    /// <summary>Declares <c>cursor</c>, <c>node</c>, <c>kind</c>, <c>properties</c> and <c>relationship</c>.</summary>
    public RelationshipEdgeGraphType()
    {
        Name = $"{TNodeType.TypeName}RelationshipEdge";
        Description = $"A relationship to a {TNodeType.TypeName}: its cursor, the {TNodeType.TypeName} and the relationship's properties.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("Opaque position; pass it to `after` or `before`.")
            .Resolve(context => context.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node")
            .Description("The object at the other end of the relationship.")
            .Resolve(context => context.Source.Node);
        Field<NonNullGraphType<RelationshipKindType>>("kind")
            .Description("The relationship's type, such as LED_BY.")
            .Resolve(context => context.Source.Relationship.Type);
        Field<NonNullGraphType<RelationshipPropertiesType>>("properties")
            .Description("What the relationship itself says: its evidence and, for responsibilities, the role.")
            .Resolve(context => context.Source.Relationship);
        Field<NonNullGraphType<RelationshipGraphType>>("relationship")
            .Description("The relationship as a graph edge, with its id and both ends.")
            .Resolve(context => context.Source.Relationship);
    }
}
