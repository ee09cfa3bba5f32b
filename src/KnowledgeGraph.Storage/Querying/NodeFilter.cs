namespace KnowledgeGraph.Storage.Querying;

/// <summary>A condition on a node's properties, as a small expression tree that each store translates.</summary>
public abstract record NodeFilter;

/// <summary>Every condition holds.</summary>
/// <param name="Conditions">The conditions.</param>
public sealed record AllOf(IReadOnlyList<NodeFilter> Conditions) : NodeFilter;

/// <summary>At least one condition holds.</summary>
/// <param name="Conditions">The conditions.</param>
public sealed record AnyOf(IReadOnlyList<NodeFilter> Conditions) : NodeFilter;

/// <summary>A scalar property compared with a value.</summary>
/// <param name="Property">Property name.</param>
/// <param name="Operator">The comparison.</param>
/// <param name="Value">A string or a 64-bit integer; a list of them for <see cref="FilterOperator.In"/>.</param>
/// <param name="Negated">True to match where the comparison does not hold, a node without the property included.</param>
public sealed record PropertyCondition(string Property, FilterOperator Operator, object? Value, bool Negated = false) : NodeFilter;

/// <summary>A list property (such as <c>aliases</c>) whose elements meet an element condition.</summary>
/// <param name="Property">Property name.</param>
/// <param name="Quantifier">How many elements must match.</param>
/// <param name="ElementCondition">Condition on one element, whose conditions name the element as <see cref="Element"/>.</param>
public sealed record ListCondition(string Property, ListQuantifier Quantifier, NodeFilter ElementCondition) : NodeFilter
{
    /// <summary>The property name that stands for the list element inside <see cref="ElementCondition"/>.</summary>
    public const string Element = "@element";
}

/// <summary>Comparison operators, as in HotChocolate's filter inputs.</summary>
public enum FilterOperator
{
    /// <summary>Equal.</summary>
    Equal,

    /// <summary>One of a list of values.</summary>
    In,

    /// <summary>Substring (ordinal).</summary>
    Contains,

    /// <summary>Prefix (ordinal).</summary>
    StartsWith,

    /// <summary>Suffix (ordinal).</summary>
    EndsWith,

    /// <summary>Greater than.</summary>
    GreaterThan,

    /// <summary>Greater than or equal.</summary>
    GreaterThanOrEqual,

    /// <summary>Less than.</summary>
    LessThan,

    /// <summary>Less than or equal.</summary>
    LessThanOrEqual,
}

/// <summary>How many elements of a list must meet a condition.</summary>
public enum ListQuantifier
{
    /// <summary>At least one.</summary>
    Some,

    /// <summary>None.</summary>
    None,

    /// <summary>Every element (true for an empty list).</summary>
    All,
}
