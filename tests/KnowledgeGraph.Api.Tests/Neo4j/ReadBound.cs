using GraphQLParser;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Tests.Neo4j;

/// <summary>
/// The most store reads a query may cost when DataLoaders batch, computed from its shape: a root field is one read (a
/// page with its count, a neighbourhood, a ranking), and every object field below it is one DataLoader level that costs
/// at most two reads whatever the number of parents, the relationships of its type and the nodes at their other ends.
/// Connection wrappers (<c>nodes</c>, <c>edges</c>, <c>node</c>, <c>pageInfo</c>) and fragments add nothing: they
/// select from what their parent field read.
/// </summary>
internal static class ReadBound
{
    private static readonly HashSet<string> Wrappers = new(StringComparer.Ordinal) { "nodes", "edges", "node", "pageInfo" };

    /// <summary>The bound for the operation of a document.</summary>
    public static int Of(string query)
    {
        var operation = Parser.Parse(query).Definitions.OfType<GraphQLOperationDefinition>().Single();
        return Fields(operation.SelectionSet).Sum(root => 1 + Levels(root.SelectionSet) * 2);
    }

    private static int Levels(GraphQLSelectionSet? selections) =>
        Fields(selections).Sum(field => field.SelectionSet is null ? 0 : (Wrappers.Contains(field.Name.StringValue) ? 0 : 1) + Levels(field.SelectionSet));

    // The fields of a selection set, with those of its inline fragments.
    private static IEnumerable<GraphQLField> Fields(GraphQLSelectionSet? selections) =>
        (selections?.Selections ?? []).SelectMany(selection => selection switch
        {
            GraphQLField field => [field],
            GraphQLInlineFragment fragment => Fields(fragment.SelectionSet),
            _ => throw new NotSupportedException($"No bound for a {selection.Kind}."),
        });
}
