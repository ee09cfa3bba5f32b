using System.Collections;
using GraphQL;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Graph.Filtering;

/// <summary>Turns a <c>where</c> argument into the store's <see cref="NodeFilter"/> expression.</summary>
public static class FilterInputConverter
{
    /// <summary>Converts the parsed input object of a <see cref="FilterInputGraphType{TNodeType}"/>.</summary>
    public static NodeFilter ToFilter(IDictionary<string, object?> where, IReadOnlyList<QueryableField> fields)
    {
        ArgumentNullException.ThrowIfNull(where);
        return new AllOf(where.Where(entry => entry.Value is not null).Select(NodeFilter (entry) => entry.Key switch
        {
            FilterInputFields.And => new AllOf(Nested(entry.Value, input => ToFilter(input, fields))),
            FilterInputFields.Or => new AnyOf(Nested(entry.Value, input => ToFilter(input, fields))),
            var name => FieldFilter(fields.Single(field => field.Name == name), (IDictionary<string, object?>)entry.Value!),
        }).ToList());
    }

    private static AllOf FieldFilter(QueryableField field, IDictionary<string, object?> operations) =>
        field.Kind == QueryableValueKind.TextList
            ? ListFilter(field, operations)
            : Operations(field.Property, operations, field.Kind == QueryableValueKind.Number ? FilterOperation.ForIntegers : FilterOperation.ForStrings);

    private static AllOf Operations(string property, IDictionary<string, object?> operations, IReadOnlyList<FilterOperation> known) =>
        new(operations.Where(entry => entry.Value is not null || entry.Key is "eq" or "neq").Select(NodeFilter (entry) => entry.Key switch
        {
            FilterInputFields.And => new AllOf(Nested(entry.Value, input => Operations(property, input, known))),
            FilterInputFields.Or => new AnyOf(Nested(entry.Value, input => Operations(property, input, known))),
            var name => Condition(property, known.Single(operation => operation.Name == name), entry.Value),
        }).ToList());

    private static PropertyCondition Condition(string property, FilterOperation operation, object? value) =>
        new(property, operation.Operator, StoreValue(value), operation.Negated);

    private static AllOf ListFilter(QueryableField field, IDictionary<string, object?> operations) =>
        new AllOf(operations.Where(entry => entry.Value is not null).Select(NodeFilter (entry) => entry.Key switch
        {
            "any" => new ListCondition(field.Property, (bool)entry.Value! ? ListQuantifier.Some : ListQuantifier.None, new AllOf([])),
            var quantifier => new ListCondition(
                field.Property,
                Enum.Parse<ListQuantifier>(quantifier, ignoreCase: true),
                Operations(ListCondition.Element, (IDictionary<string, object?>)entry.Value!, FilterOperation.ForStrings)),
        }).ToList());

    // The store compares 64-bit integers; GraphQL hands Int values over as int.
    private static object? StoreValue(object? value) => value switch
    {
        int number => (long)number,
        string or null => value,
        IEnumerable values => values.Cast<object?>().Select(StoreValue).ToArray(),
        _ => value,
    };

    private static List<NodeFilter> Nested(object? value, Func<IDictionary<string, object?>, NodeFilter> convert) =>
        ((IEnumerable<object?>)value!).Cast<IDictionary<string, object?>>().Select(convert).ToList();
}
