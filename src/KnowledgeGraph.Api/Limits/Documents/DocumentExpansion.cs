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
/// <param name="DeepestFragmentNesting">
/// The longest chain of fragments spread inside each other (<c>{ ...A }</c> with A spreading B is 2): graphql-dotnet's
/// rules follow it by recursion, one call per link.
/// </param>
internal sealed record DocumentExpansion(
    double LargestDefinition, string LargestDefinitionName, double LargestSelectionSet, double DeepestFragmentNesting)
{
    /// <summary>Measures every operation and fragment definition of the document.</summary>
    public static DocumentExpansion Measure(GraphQLDocument document)
    {
        var memo = new FragmentMemo<Size>(document, Size.Empty);
        var largestSelectionSet = 0d;

        Size Evaluate(GraphQLSelectionSet selectionSet)
        {
            // A chain of fragments each spreading the next nests calls, not the document; one too long for the stack
            // (only possible with a raised MaxQueryLength) is measured as endless, so it is refused, not a crash.
            if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                return new Size(double.PositiveInfinity, double.PositiveInfinity, double.PositiveInfinity);
            }

            double fields = 0, merged = 0, nesting = 0;
            foreach (var selection in selectionSet.Selections)
            {
                var size = selection switch
                {
                    GraphQLField field => OfField(field),
                    GraphQLFragmentSpread spread => OfSpread(spread),
                    GraphQLInlineFragment inline => Evaluate(inline.SelectionSet),
                    _ => Size.Empty,
                };
                fields += size.Fields;
                merged += size.Merged;
                nesting = Math.Max(nesting, size.Nesting);
            }

            largestSelectionSet = Math.Max(largestSelectionSet, merged);
            return new Size(fields, merged, nesting);
        }

        // A field is one field at its parent's level, plus everything below it.
        Size OfField(GraphQLField field)
        {
            var children = field.SelectionSet is { } selectionSet ? Evaluate(selectionSet) : Size.Empty;
            return new Size(1 + children.Fields, 1, children.Nesting);
        }

        // A spread adds the fragment's fields (measured once) and one link to its chain of spreads.
        Size OfSpread(GraphQLFragmentSpread spread)
        {
            var fragment = memo.Of(spread, Evaluate);
            return fragment with { Nesting = fragment.Nesting + 1 };
        }

        var largest = (Fields: 0d, Name: "");
        var deepestNesting = 0d;
        foreach (var definition in document.Definitions)
        {
            var (size, name) = definition switch
            {
                GraphQLOperationDefinition operation => (Evaluate(operation.SelectionSet), $"operation {operation.Name?.StringValue ?? "(anonymous)"}"),
                GraphQLFragmentDefinition fragment => (memo.Of(fragment.FragmentName.Name.Value, Evaluate), $"fragment {fragment.FragmentName.Name.StringValue}"),
                _ => (Size.Empty, ""),
            };
            if (size.Fields > largest.Fields)
            {
                largest = (size.Fields, name);
            }

            deepestNesting = Math.Max(deepestNesting, size.Nesting);
        }

        return new DocumentExpansion(largest.Fields, largest.Name, largestSelectionSet, deepestNesting);
    }

    // Fields: every field a selection set expands to, nested ones included. Merged: the fields at its own level.
    // Nesting: the longest chain of fragment spreads inside it.
    private readonly record struct Size(double Fields, double Merged, double Nesting)
    {
        public static Size Empty { get; }
    }
}
