using System.Collections;
using System.Globalization;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Storage.Neo4j.Reading;

/// <summary>
/// A <see cref="NodeFilter"/> as a Cypher predicate on a node variable, values as parameters (<c>$f0</c>, <c>$f1</c>, …).
/// Every comparison is wrapped in <c>coalesce(…, false)</c>, so that a missing property makes a comparison false and its
/// negation true, as in the embedded store (Cypher alone would make both null, and a negated filter would drop the
/// node); a missing list is an empty one; <c>eq: null</c> is <c>IS NULL</c>.
/// </summary>
internal sealed class NodeFilterCypher
{
    private readonly Dictionary<string, object?> _parameters = [];
    private int _elements;

    private NodeFilterCypher()
    {
    }

    /// <summary>The predicate on <paramref name="variable"/> and the parameters it takes.</summary>
    public static (string Predicate, IReadOnlyDictionary<string, object?> Parameters) Translate(NodeFilter filter, string variable)
    {
        var translator = new NodeFilterCypher();
        var predicate = translator.Predicate(filter, property => CypherNames.Property(variable, property));
        return (predicate, translator._parameters);
    }

    // valueOf turns a property name into the expression that reads it: the node's property, or a list's element.
    private string Predicate(NodeFilter filter, Func<string, string> valueOf) => filter switch
    {
        AllOf all => Join(all.Conditions, "AND", "true", valueOf),
        AnyOf any => Join(any.Conditions, "OR", "false", valueOf),
        PropertyCondition condition => Condition(condition, valueOf(condition.Property)),
        ListCondition list => List(list, valueOf(list.Property)),
        _ => throw new NotSupportedException($"Unknown filter {filter.GetType().Name}."),
    };

    private string Join(IReadOnlyList<NodeFilter> conditions, string connective, string empty, Func<string, string> valueOf) =>
        conditions.Count == 0 ? empty : $"({string.Join($" {connective} ", conditions.Select(condition => Predicate(condition, valueOf)))})";

    private string Condition(PropertyCondition condition, string value)
    {
        var holds = condition is { Operator: FilterOperator.Equal, Value: null }
            ? $"{value} IS NULL"
            : $"coalesce({Comparison(condition, value)}, false)";
        return condition.Negated ? $"NOT {holds}" : holds;
    }

    private string Comparison(PropertyCondition condition, string value) => condition.Operator switch
    {
        FilterOperator.Equal => $"{value} = {Parameter(condition.Value)}",
        FilterOperator.In => In(value, condition.Value),
        FilterOperator.Contains => $"{value} CONTAINS {Parameter(condition.Value)}",
        FilterOperator.StartsWith => $"{value} STARTS WITH {Parameter(condition.Value)}",
        FilterOperator.EndsWith => $"{value} ENDS WITH {Parameter(condition.Value)}",
        FilterOperator.GreaterThan => $"{value} > {Parameter(condition.Value)}",
        FilterOperator.GreaterThanOrEqual => $"{value} >= {Parameter(condition.Value)}",
        FilterOperator.LessThan => $"{value} < {Parameter(condition.Value)}",
        FilterOperator.LessThanOrEqual => $"{value} <= {Parameter(condition.Value)}",
        _ => throw new NotSupportedException($"Unknown operator {condition.Operator}."),
    };

    // A null among the values matches a missing property, as eq: null does.
    private string In(string value, object? values)
    {
        var list = values is IEnumerable items and not string ? items.Cast<object?>().ToList() : [];
        var matches = $"{value} IN {Parameter(list.Where(item => item is not null).ToList())}";
        return list.Contains(null) ? $"({value} IS NULL OR {matches})" : matches;
    }

    private string List(ListCondition list, string value)
    {
        var element = $"e{_elements++}";
        var condition = Predicate(list.ElementCondition, _ => element);
        var function = list.Quantifier switch
        {
            ListQuantifier.Some => "any",
            ListQuantifier.None => "none",
            ListQuantifier.All => "all",
            _ => throw new NotSupportedException($"Unknown quantifier {list.Quantifier}."),
        };
        return $"{function}({element} IN coalesce({value}, []) WHERE {condition})";
    }

    private string Parameter(object? value)
    {
        var name = "f" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters[name] = value;
        return "$" + name;
    }
}
