using System.Globalization;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// Evaluates a <see cref="NodeFilter"/> against a node in memory, with ordinal string comparison. It runs once per node
/// of a label for every filtered query the <see cref="EqualityIndex"/> cannot narrow, so it allocates nothing: no
/// delegate or closure per node, no enumerator. What it counts as equal, the index must find (<c>EqualityIndexTests</c>).
/// </summary>
internal static class NodeFilterEvaluator
{
    public static bool Matches(NodeFilter filter, NodeRecord node) => Matches(filter, new FilterSubject(node.Properties, Element: null));

    private static bool Matches(NodeFilter filter, FilterSubject subject)
    {
        switch (filter)
        {
            case AllOf all:
                for (var i = 0; i < all.Conditions.Count; i++)
                {
                    if (!Matches(all.Conditions[i], subject))
                    {
                        return false;
                    }
                }

                return true;
            case AnyOf any:
                for (var i = 0; i < any.Conditions.Count; i++)
                {
                    if (Matches(any.Conditions[i], subject))
                    {
                        return true;
                    }
                }

                return false;
            case PropertyCondition condition:
                return Holds(condition, subject.ValueOf(condition.Property));
            case ListCondition list:
                return MatchesList(list, subject.ValueOf(list.Property) as IReadOnlyList<string> ?? []);
            default:
                throw new NotSupportedException($"Unknown filter {filter.GetType().Name}.");
        }
    }

    private static bool MatchesList(ListCondition list, IReadOnlyList<string> elements)
    {
        var matching = 0;
        for (var i = 0; i < elements.Count; i++)
        {
            if (Matches(list.ElementCondition, new FilterSubject(Properties: null, elements[i])))
            {
                matching++;
            }
        }

        return list.Quantifier switch
        {
            ListQuantifier.Some => matching > 0,
            ListQuantifier.None => matching == 0,
            ListQuantifier.All => matching == elements.Count,
            _ => throw new NotSupportedException($"Unknown quantifier {list.Quantifier}."),
        };
    }

    /// <summary>
    /// What a condition reads: a node's properties, or one element of a list property, which is the value of whatever
    /// property the element condition names.
    /// </summary>
    private readonly record struct FilterSubject(IReadOnlyDictionary<string, object?>? Properties, string? Element)
    {
        public object? ValueOf(string property) => Properties is null ? Element : Properties.GetValueOrDefault(property);
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
