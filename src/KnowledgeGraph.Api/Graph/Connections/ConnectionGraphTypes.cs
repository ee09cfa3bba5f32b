using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Nodes;

namespace KnowledgeGraph.Api.Graph.Connections;

/// <summary>A Relay connection of a node type, such as <c>MeasureConnection</c>, with HotChocolate's <c>nodes</c> shortcut.</summary>
/// <typeparam name="TNodeType">The node graph type.</typeparam>
/// <typeparam name="T">The node object type.</typeparam>
public sealed class ConnectionGraphType<TNodeType, T> : ObjectGraphType<Connection<T>>
    where TNodeType : IGraphType, INodeGraphType
{
    /// <summary>Declares <c>pageInfo</c>, <c>edges</c>, <c>nodes</c> and <c>totalCount</c>.</summary>
    public ConnectionGraphType()
    {
        Name = $"{TNodeType.TypeName}Connection";
        Description = $"A page of {TNodeType.TypeName} objects.";
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Where this page sits in the whole result.")
            .Resolve(context => context.Source);
        Field<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeType, T>>>>("edges")
            .Description("The page's objects, each with its cursor.")
            .Resolve(context => context.Source.Edges);
        Field<ListGraphType<NonNullGraphType<TNodeType>>>("nodes")
            .Description("The page's objects, without cursors.")
            .Resolve(context => context.Source.Nodes);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many objects the whole result holds, over all pages.")
            .Resolve(context => context.Source.TotalCount);
    }
}

/// <summary>An edge of a connection, such as <c>MeasureEdge</c>.</summary>
/// <typeparam name="TNodeType">The node graph type.</typeparam>
/// <typeparam name="T">The node object type.</typeparam>
public sealed class EdgeGraphType<TNodeType, T> : ObjectGraphType<Edge<T>>
    where TNodeType : IGraphType, INodeGraphType
{
    /// <summary>Declares <c>cursor</c> and <c>node</c>.</summary>
    public EdgeGraphType()
    {
        Name = $"{TNodeType.TypeName}Edge";
        Description = $"A {TNodeType.TypeName} and its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("Opaque position; pass it to `after` or `before`.")
            .Resolve(context => context.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node")
            .Description("The object.")
            .Resolve(context => context.Source.Node);
    }
}

/// <summary>Relay's <c>PageInfo</c>.</summary>
public sealed class PageInfoGraphType : ObjectGraphType
{
    /// <summary>Declares the four Relay fields.</summary>
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Information about pagination in a connection.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage")
            .Description("Whether more objects follow this page.")
            .Resolve(context => ((IPageInfo)context.Source!).HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage")
            .Description("Whether objects precede this page.")
            .Resolve(context => ((IPageInfo)context.Source!).HasPreviousPage);
        Field<StringGraphType>("startCursor")
            .Description("Cursor of the page's first object.")
            .Resolve(context => ((IPageInfo)context.Source!).StartCursor);
        Field<StringGraphType>("endCursor")
            .Description("Cursor of the page's last object.")
            .Resolve(context => ((IPageInfo)context.Source!).EndCursor);
    }
}
