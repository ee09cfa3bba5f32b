using System.Runtime.CompilerServices;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Limits.Documents;

/// <summary>
/// How large a document becomes once every fragment spread is replaced by the fragment's fields, measured without
/// expanding it: each fragment is measured once (<see cref="FragmentMemo{T}"/>), so the time is linear in the
/// document's length even when fragments double at every level. Counts are doubles so that a document expanding past
/// any integer still compares as "above the limit" instead of overflowing.
/// </summary>
/// <param name="LargestDefinition">The most fields any operation or fragment definition expands to, nested ones included.</param>
/// <param name="LargestDefinitionName">The operation (or <c>fragment F</c>) that expands to <paramref name="LargestDefinition"/>.</param>
/// <param name="LargestSelectionSet">
/// The most fields any one selection set holds once the fragments spread into it are merged: the fields the
/// OverlappingFieldsCanBeMerged rule compares with each other.
/// </param>
internal sealed record DocumentExpansion(double LargestDefinition, string LargestDefinitionName, double LargestSelectionSet)
{
    /// <summary>Measures every operation and fragment definition of the document.</summary>
    public static DocumentExpansion Measure(GraphQLDocument document)
    {
        var memo = new FragmentMemo<Size>(document, new Size(0, 0));
        var largestSelectionSet = 0d;

        Size Evaluate(GraphQLSelectionSet selectionSet)
        {
            // A chain of fragments each spreading the next nests calls, not the document; one too long for the stack
            // (only possible with a raised MaxQueryLength) is measured as endless, so it is refused, not a crash.
            if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                return new Size(double.PositiveInfinity, double.PositiveInfinity);
            }

            double fields = 0, merged = 0;
            foreach (var selection in selectionSet.Selections)
            {
                var size = selection switch
                {
                    GraphQLField field => new Size(1 + (field.SelectionSet is { } children ? Evaluate(children).Fields : 0), 1),
                    GraphQLFragmentSpread spread => memo.Of(spread, Evaluate),
                    GraphQLInlineFragment inline => Evaluate(inline.SelectionSet),
                    _ => new Size(0, 0),
                };
                fields += size.Fields;
                merged += size.Merged;
            }

            largestSelectionSet = Math.Max(largestSelectionSet, merged);
            return new Size(fields, merged);
        }

        var largest = (Fields: 0d, Name: "");
        foreach (var definition in document.Definitions)
        {
            var (fields, name) = definition switch
            {
                GraphQLOperationDefinition operation => (Evaluate(operation.SelectionSet).Fields, $"operation {operation.Name?.StringValue ?? "(anonymous)"}"),
                GraphQLFragmentDefinition fragment => (memo.Of(fragment.FragmentName.Name.Value, Evaluate).Fields, $"fragment {fragment.FragmentName.Name.StringValue}"),
                _ => (0d, ""),
            };
            if (fields > largest.Fields)
            {
                largest = (fields, name);
            }
        }

        return new DocumentExpansion(largest.Fields, largest.Name, largestSelectionSet);
    }

    // Fields: every field a selection set expands to, nested ones included. Merged: the fields at its own level.
    private readonly record struct Size(double Fields, double Merged);
}
