using GraphQL.Validation;
using GraphQLParser.AST;
using KnowledgeGraph.Api.Graph.Errors;
using KnowledgeGraph.Api.Limits.Documents;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Limits.Introspection;

/// <summary>
/// Refuses introspection that nests the lists of a type's members (<c>fields</c>, <c>inputFields</c>,
/// <c>interfaces</c>, <c>possibleTypes</c>) deeper than <see cref="LimitsOptions.MaxIntrospectionListNesting"/>, as
/// graphql-js's <c>MaxIntrospectionDepthRule</c> does (graphql-dotnet 8 has no such rule). Introspection walks a cyclic
/// graph (<c>__type { fields { type { fields { type … } } } }</c>), so its size is bounded by nesting, not by the
/// schema; the IDE's and code generators' queries nest these lists one level deep.
/// </summary>
public sealed class IntrospectionDepthRule(IOptions<LimitsOptions> limits) : ValidationRuleBase
{
    /// <inheritdoc />
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var maxNesting = limits.Value.MaxIntrospectionListNesting;
        var memo = new FragmentMemo<int>(context.Document, 0);

        int Nesting(GraphQLSelectionSet selectionSet) => selectionSet.Selections.Count == 0 ? 0 : selectionSet.Selections.Max(selection => selection switch
        {
            GraphQLField field => (IsMemberList(field) ? 1 : 0) + (field.SelectionSet is { } children ? Nesting(children) : 0),
            GraphQLFragmentSpread spread => memo.Of(spread, Nesting),
            GraphQLInlineFragment inline => Nesting(inline.SelectionSet),
            _ => 0,
        });

        return new(new MatchingNodeVisitor<GraphQLField>((field, context) =>
        {
            if (IsIntrospectionRoot(field) && field.SelectionSet is { } selectionSet && Nesting(selectionSet) > maxNesting)
            {
                context.ReportError(new ValidationError(
                    $"Introspection nests the lists of types' members (fields, inputFields, interfaces, possibleTypes) more than {maxNesting} deep.")
                {
                    Code = ErrorCodes.IntrospectionTooDeep,
                });
            }
        }));
    }

    private static bool IsIntrospectionRoot(GraphQLField field) => field.Name.Value == "__schema" || field.Name.Value == "__type";

    private static bool IsMemberList(GraphQLField field) =>
        field.Name.Value == "fields" || field.Name.Value == "inputFields" || field.Name.Value == "interfaces" || field.Name.Value == "possibleTypes";
}
