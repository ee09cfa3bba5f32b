using GraphQL.Types;

namespace KnowledgeGraph.Api.Graph.Nodes;

/// <summary>The Relay <c>Node</c> interface: anything that can be fetched again by its id.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    /// <summary>Declares the single <c>id</c> field.</summary>
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a stable, opaque id that `node(id:)` fetches again.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque, stable id of the object.");
    }
}
