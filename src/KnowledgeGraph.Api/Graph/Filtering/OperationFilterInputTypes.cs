using GraphQL.Types;

namespace KnowledgeGraph.Api.Graph.Filtering;

/// <summary>An input with one field per operation on a scalar, plus <c>and</c>/<c>or</c>, as HotChocolate names them.</summary>
public abstract class OperationFilterInputGraphType : InputObjectGraphType
{
    /// <summary>Declares the operations.</summary>
    protected OperationFilterInputGraphType(string name, IGraphType scalar, IReadOnlyList<FilterOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        Name = name;
        Description = $"Conditions on a {scalar.Name} value; all given conditions must hold.";
        FilterInputFields.AddLogicalFields(this);
        foreach (var operation in operations)
        {
            IGraphType type = operation.TakesList ? new ListGraphType(new NonNullGraphType(scalar)) : scalar;
            Field(operation.Name, type).Description(operation.Description);
        }
    }
}

/// <summary><c>StringOperationFilterInput</c>.</summary>
public sealed class StringOperationFilterInputType() :
    OperationFilterInputGraphType("StringOperationFilterInput", new StringGraphType(), FilterOperation.ForStrings);

/// <summary><c>IntOperationFilterInput</c>.</summary>
public sealed class IntOperationFilterInputType() :
    OperationFilterInputGraphType("IntOperationFilterInput", new IntGraphType(), FilterOperation.ForIntegers);

/// <summary><c>ListStringOperationFilterInput</c>: conditions on the elements of a list of strings.</summary>
public sealed class ListStringOperationFilterInputType : InputObjectGraphType
{
    /// <summary>Declares <c>all</c>, <c>none</c>, <c>some</c> and <c>any</c>.</summary>
    public ListStringOperationFilterInputType()
    {
        Name = "ListStringOperationFilterInput";
        Description = "Conditions on the elements of a list of strings.";
        Field<StringOperationFilterInputType>("all").Description("Every element meets the condition.");
        Field<StringOperationFilterInputType>("none").Description("No element meets the condition.");
        Field<StringOperationFilterInputType>("some").Description("At least one element meets the condition.");
        Field<BooleanGraphType>("any").Description("True: the list has elements; false: it is empty.");
    }
}
