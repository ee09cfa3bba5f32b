using KnowledgeGraph.Api.Graph.Filtering;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Graph.Sorting;

/// <summary>Turns an <c>order</c> argument into the store's sort keys.</summary>
public static class SortInputConverter
{
    /// <summary>Sort keys in the order written: list entries in turn, and fields within an entry in turn.</summary>
    public static IReadOnlyList<SortField> ToSortFields(IEnumerable<object?>? order, IReadOnlyList<QueryableField> fields) =>
        order is null
            ? []
            : order.Cast<IDictionary<string, object?>>()
                .SelectMany(input => input.Where(entry => entry.Value is bool))
                .Select(entry => new SortField(
                    fields.Single(field => field.Name == entry.Key).Property,
                    Descending: (bool)entry.Value!))
                .ToList();
}
