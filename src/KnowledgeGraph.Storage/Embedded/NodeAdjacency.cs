using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// One node's relationships grouped by direction and type, each group in document order, so that a lookup, a count
/// or a traversal step reads only the groups it follows rather than everything that touches the node; and grouped by
/// the node at the other end, so that a walk in id order stops when it has enough.
/// </summary>
internal sealed class NodeAdjacency
{
    private readonly Dictionary<string, List<RelationshipRecord>> _outgoing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<RelationshipRecord>> _incoming = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<RelationshipRecord>> _byNeighbour = new(StringComparer.Ordinal);
    private string[]? _neighboursInIdOrder;

    /// <summary>How many relationships touch the node, a self-loop once: what a step over every type reads.</summary>
    public int Degree { get; private set; }

    /// <summary>The types of the relationships that touch the node, either way, each once.</summary>
    public IEnumerable<string> Types => _outgoing.Keys.Union(_incoming.Keys, StringComparer.Ordinal);

    /// <summary>
    /// The nodes a relationship of any type joins to this one either way, each once, by id (the node itself when it
    /// has a self-loop). Sorted on first use: the snapshot is read far more than it is built, and most nodes are never
    /// walked from; two readers sorting at once compute the same array.
    /// </summary>
    public IReadOnlyList<string> NeighboursInIdOrder => _neighboursInIdOrder ??= [.. _byNeighbour.Keys.Order(StringComparer.Ordinal)];

    public IReadOnlyList<RelationshipRecord> Relationships(RelationshipDirection direction, string type) =>
        (direction == RelationshipDirection.Outgoing ? _outgoing : _incoming).TryGetValue(type, out var relationships) ? relationships : [];

    /// <summary>The relationships between this node and another, either way, in document order.</summary>
    public IReadOnlyList<RelationshipRecord> RelationshipsWith(string neighbourId) =>
        _byNeighbour.TryGetValue(neighbourId, out var relationships) ? relationships : [];

    public void AddOutgoing(RelationshipRecord relationship)
    {
        Append(_outgoing, relationship.Type, relationship);
        Append(_byNeighbour, relationship.EndId, relationship);
        Degree++;
    }

    public void AddIncoming(RelationshipRecord relationship)
    {
        Append(_incoming, relationship.Type, relationship);
        if (relationship.StartId != relationship.EndId)
        {
            Append(_byNeighbour, relationship.StartId, relationship);
            Degree++;
        }
    }

    private static void Append(Dictionary<string, List<RelationshipRecord>> index, string key, RelationshipRecord relationship)
    {
        if (!index.TryGetValue(key, out var relationships))
        {
            index[key] = relationships = [];
        }

        relationships.Add(relationship);
    }
}
