using System.Globalization;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>Evaluates a <see cref="NodeFilter"/> against a node in memory, with ordinal string comparison.</summary>
internal static class NodeFilterEvaluator
{
    public static bool Matches(NodeFilter filter, NodeRecord node) => Matches(filter, node.Properties.GetValueOrDefault);

    private static bool Matches(NodeFilter filter, Func<string, object?> valueOf) => filter switch
    {
        AllOf all => all.Conditions.All(condition => Matches(condition, valueOf)),
        AnyOf any => any.Conditions.Any(condition => Matches(condition, valueOf)),
        PropertyCondition condition => Holds(condition, valueOf(condition.Property)),
        ListCondition list => MatchesList(list, valueOf(list.Property) as IReadOnlyList<string> ?? []),
        _ => throw new NotSupportedException($"Unknown filter {filter.GetType().Name}."),
    };

    private static bool MatchesList(ListCondition list, IReadOnlyList<string> elements)
    {
        bool ElementMatches(string element) => Matches(list.ElementCondition, _ => element);
        return list.Quantifier switch
        {
            ListQuantifier.Some => elements.Any(ElementMatches),
            ListQuantifier.None => !elements.Any(ElementMatches),
            ListQuantifier.All => elements.All(ElementMatches),
            _ => throw new NotSupportedException($"Unknown quantifier {list.Quantifier}."),
        };
    }

    private static bool Holds(PropertyCondition condition, object? actual) =>
        Compare(condition.Operator, actual, condition.Value) != condition.Negated;

    private static bool Compare(FilterOperator op, object? actual, object? expected) => op switch
    {
        FilterOperator.Equal => ValueComparer.Instance.Compare(actual, expected) == 0,
        FilterOperator.In => expected is System.Collections.IEnumerable values and not string
            && values.Cast<object?>().Any(value => ValueComparer.Instance.Compare(actual, value) == 0),
        FilterOperator.Contains => actual is string text && expected is string part && text.Contains(part, StringComparison.Ordinal),
        FilterOperator.StartsWith => actual is string text && expected is string prefix && text.StartsWith(prefix, StringComparison.Ordinal),
        FilterOperator.EndsWith => actual is string text && expected is string suffix && text.EndsWith(suffix, StringComparison.Ordinal),
        FilterOperator.GreaterThan => actual is not null && ValueComparer.Instance.Compare(actual, expected) > 0,
        FilterOperator.GreaterThanOrEqual => actual is not null && ValueComparer.Instance.Compare(actual, expected) >= 0,
        FilterOperator.LessThan => actual is not null && ValueComparer.Instance.Compare(actual, expected) < 0,
        FilterOperator.LessThanOrEqual => actual is not null && ValueComparer.Instance.Compare(actual, expected) <= 0,
        _ => throw new NotSupportedException($"Unknown operator {op}."),
    };
}

/// <summary>Orders property values: numbers numerically, strings ordinally, nulls after everything else.</summary>
internal sealed class ValueComparer : IComparer<object?>
{
    public static ValueComparer Instance { get; } = new();

    public int Compare(object? x, object? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        (string a, string b) => string.CompareOrdinal(a, b),
        (IConvertible a, IConvertible b) when IsNumber(a) && IsNumber(b) =>
            a.ToDecimal(CultureInfo.InvariantCulture).CompareTo(b.ToDecimal(CultureInfo.InvariantCulture)),
        _ => string.CompareOrdinal(Convert.ToString(x, CultureInfo.InvariantCulture), Convert.ToString(y, CultureInfo.InvariantCulture)),
    };

    private static bool IsNumber(IConvertible value) => value.GetTypeCode() is >= TypeCode.SByte and <= TypeCode.Decimal;
}
