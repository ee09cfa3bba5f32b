using KnowledgeGraph.Api.Graph.Filtering;

namespace KnowledgeGraph.Api.Graph.Nodes;

/// <summary>
/// What the generic connection, filter and sort types need to know about a node type, stated once per type.
/// </summary>
public interface INodeGraphType
{
    /// <summary>The GraphQL type name, such as <c>Measure</c>; connection and input type names derive from it.</summary>
    static abstract string TypeName { get; }

    /// <summary>The store label of its nodes.</summary>
    static abstract string Label { get; }

    /// <summary>Fields that <c>where</c> and <c>order</c> accept.</summary>
    static abstract IReadOnlyList<QueryableField> QueryableFields { get; }
}
