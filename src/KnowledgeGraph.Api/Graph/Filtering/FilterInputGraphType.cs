using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Nodes;

namespace KnowledgeGraph.Api.Graph.Filtering;

/// <summary>The <c>where</c> input of a node type, such as <c>MeasureFilterInput</c>.</summary>
/// <typeparam name="TNodeType">The node graph type it filters.</typeparam>
public sealed class FilterInputGraphType<TNodeType> : InputObjectGraphType
    where TNodeType : INodeGraphType
{
    /// <summary>One field per queryable field, plus <c>and</c>/<c>or</c>.</summary>
    public FilterInputGraphType()
    {
        Name = $"{TNodeType.TypeName}FilterInput";
        Description = $"Conditions on {TNodeType.TypeName} objects; all given conditions must hold.";
        FilterInputFields.AddLogicalFields(this);
        foreach (var field in TNodeType.QueryableFields)
        {
            var operationType = field.Kind switch
            {
                QueryableValueKind.Text => typeof(StringOperationFilterInputType),
                QueryableValueKind.Number => typeof(IntOperationFilterInputType),
                _ => typeof(ListStringOperationFilterInputType),
            };
            Field(field.Name, operationType).Description($"Conditions on `{field.Name}`.");
        }
    }
}
