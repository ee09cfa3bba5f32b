using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Graph.Filtering;

/// <summary>One operation field of an operation filter input, such as <c>nstartsWith</c>.</summary>
/// <param name="Name">The GraphQL field name, as in HotChocolate.</param>
/// <param name="Operator">The store comparison.</param>
/// <param name="Negated">Whether the comparison is negated (the <c>n…</c> forms).</param>
/// <param name="Description">What the field does.</param>
public sealed record FilterOperation(string Name, FilterOperator Operator, bool Negated, string Description)
{
    /// <summary>Whether the operation takes a list of values (<c>in</c>, <c>nin</c>).</summary>
    public bool TakesList => Operator == FilterOperator.In;

    /// <summary>Operations on strings.</summary>
    public static IReadOnlyList<FilterOperation> ForStrings { get; } =
    [
        .. Equality,
        new("contains", FilterOperator.Contains, false, "Contains the value (ordinal, no tokenisation)."),
        new("ncontains", FilterOperator.Contains, true, "Does not contain the value."),
        new("startsWith", FilterOperator.StartsWith, false, "Starts with the value."),
        new("nstartsWith", FilterOperator.StartsWith, true, "Does not start with the value."),
        new("endsWith", FilterOperator.EndsWith, false, "Ends with the value."),
        new("nendsWith", FilterOperator.EndsWith, true, "Does not end with the value."),
    ];

    /// <summary>Operations on integers.</summary>
    public static IReadOnlyList<FilterOperation> ForIntegers { get; } =
    [
        .. Equality,
        new("gt", FilterOperator.GreaterThan, false, "Greater than the value."),
        new("ngt", FilterOperator.GreaterThan, true, "Not greater than the value."),
        new("gte", FilterOperator.GreaterThanOrEqual, false, "Greater than or equal to the value."),
        new("ngte", FilterOperator.GreaterThanOrEqual, true, "Not greater than or equal to the value."),
        new("lt", FilterOperator.LessThan, false, "Less than the value."),
        new("nlt", FilterOperator.LessThan, true, "Not less than the value."),
        new("lte", FilterOperator.LessThanOrEqual, false, "Less than or equal to the value."),
        new("nlte", FilterOperator.LessThanOrEqual, true, "Not less than or equal to the value."),
    ];

    private static IEnumerable<FilterOperation> Equality =>
    [
        new("eq", FilterOperator.Equal, false, "Equal to the value."),
        new("neq", FilterOperator.Equal, true, "Not equal to the value."),
        new("in", FilterOperator.In, false, "Equal to one of the values."),
        new("nin", FilterOperator.In, true, "Equal to none of the values."),
    ];
}
