namespace KnowledgeGraph.Api.Graph.Filtering;

/// <summary>A field that <c>where</c> can filter on and, when <paramref name="Sortable"/>, <c>order</c> can sort by.</summary>
/// <param name="Name">The GraphQL field name.</param>
/// <param name="Property">The store property behind it.</param>
/// <param name="Kind">Which operation input filters it.</param>
/// <param name="Sortable">Whether <c>order</c> offers it.</param>
public sealed record QueryableField(string Name, string Property, QueryableValueKind Kind, bool Sortable = true);

/// <summary>The shape of a queryable value, which decides its filter operations.</summary>
public enum QueryableValueKind
{
    /// <summary>A string: <c>StringOperationFilterInput</c>.</summary>
    Text,

    /// <summary>An integer: <c>IntOperationFilterInput</c>.</summary>
    Number,

    /// <summary>A list of strings: <c>ListStringOperationFilterInput</c> (<c>some</c>/<c>none</c>/<c>all</c>/<c>any</c>).</summary>
    TextList,
}
