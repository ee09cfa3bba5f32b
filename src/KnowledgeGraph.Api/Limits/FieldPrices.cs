namespace KnowledgeGraph.Api.Limits;

/// <summary>
/// What the fields that start real work cost toward <see cref="LimitsOptions.MaxComplexity"/>, on top of the default
/// of 1 per field multiplied by the page sizes around it (docs/limits.md lists them for users). A price is the work a
/// field starts, in the unit of "one object read": aliases cannot repeat a search or a traversal for the price of a name.
/// With the default limit of 1,000,000, one request can start about 50 searches, path searches or aggregates, or
/// about 50 neighbourhoods of 200 nodes.
/// </summary>
public static class FieldPrices
{
    /// <summary><c>search</c>: reads the character-pair index of every node's texts, whatever <c>first</c> is.</summary>
    public const double Search = 20_000;

    /// <summary><c>paths</c>: a breadth-first search from both ends, over relationships of every kind.</summary>
    public const double PathSearch = 20_000;

    /// <summary><c>unitResponsibility</c>, <c>fundingTotals</c>, <c>stats</c>: read every node or relationship they count.</summary>
    public const double Aggregate = 20_000;

    /// <summary><c>neighborhood</c>: per node it may reach (<c>limit</c>, or the configured maximum), whose relationships it reads.</summary>
    public const double TraversalPerNode = 100;
}
