using GraphQL.Types;

namespace KnowledgeGraph.Api.Graph.Filtering;

/// <summary>The <c>and</c>/<c>or</c> fields every filter input carries.</summary>
internal static class FilterInputFields
{
    public const string And = "and";
    public const string Or = "or";

    /// <summary>Adds <c>and</c> and <c>or</c>, each a list of the input type itself.</summary>
    public static void AddLogicalFields(InputObjectGraphType input)
    {
        input.Field(And, new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(input.Name))))
            .Description("Every listed condition holds.");
        input.Field(Or, new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(input.Name))))
            .Description("At least one listed condition holds.");
    }
}
