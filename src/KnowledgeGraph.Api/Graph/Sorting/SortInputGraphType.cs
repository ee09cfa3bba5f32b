using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Nodes;

namespace KnowledgeGraph.Api.Graph.Sorting;

/// <summary>The <c>order</c> input of a node type, such as <c>MeasureSortInput</c>.</summary>
/// <typeparam name="TNodeType">The node graph type it sorts.</typeparam>
public sealed class SortInputGraphType<TNodeType> : InputObjectGraphType
    where TNodeType : INodeGraphType
{
    /// <summary>One field per sortable queryable field.</summary>
    public SortInputGraphType()
    {
        Name = $"{TNodeType.TypeName}SortInput";
        Description = $"Sort keys for {TNodeType.TypeName} objects; list several inputs to break ties in turn.";
        foreach (var field in TNodeType.QueryableFields.Where(field => field.Sortable))
        {
            Field<SortEnumType>(field.Name).Description($"Sort by `{field.Name}`.");
        }
    }
}
