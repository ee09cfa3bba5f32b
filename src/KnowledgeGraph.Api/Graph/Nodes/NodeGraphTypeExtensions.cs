using GraphQL.Types;

namespace KnowledgeGraph.Api.Graph.Nodes;

/// <summary>What every node object type declares the same way.</summary>
public static class NodeGraphTypeExtensions
{
    /// <summary>Implements <c>Node</c>: the opaque <c>id</c> field and the type check the interface needs.</summary>
    public static void ImplementNode<T>(this ObjectGraphType<T> type, Func<T, string> nodeId)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Interface<NodeInterface>();
        type.IsTypeOf = value => value is T;
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Opaque, stable id; pass it to `node(id:)` to fetch this object again.")
            .Resolve(context => GlobalId.Encode(nodeId(context.Source)));
    }
}
