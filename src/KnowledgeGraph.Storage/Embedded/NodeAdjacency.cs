using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// One node's relationships grouped by direction and type, each group in document order, so that a lookup, a count
/// or a traversal step reads only the groups it follows rather than everything that touches the node.
/// </summary>
internal sealed class NodeAdjacency
{
    private readonly Dictionary<string, List<RelationshipRecord>> _outgoing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<RelationshipRecord>> _incoming = new(StringComparer.Ordinal);

    /// <summary>How many relationships touch the node, a self-loop once: what a step over every type reads.</summary>
    public int Degree { get; private set; }

    /// <summary>The types of the relationships that touch the node, either way, each once.</summary>
    public IEnumerable<string> Types => _outgoing.Keys.Union(_incoming.Keys, StringComparer.Ordinal);

    public IReadOnlyList<RelationshipRecord> Relationships(RelationshipDirection direction, string type) =>
        (direction == RelationshipDirection.Outgoing ? _outgoing : _incoming).TryGetValue(type, out var relationships) ? relationships : [];

    public void AddOutgoing(RelationshipRecord relationship)
    {
        Append(_outgoing, relationship);
        Degree++;
    }

    public void AddIncoming(RelationshipRecord relationship)
    {
        Append(_incoming, relationship);
        if (relationship.StartId != relationship.EndId)
        {
            Degree++;
        }
    }

    private static void Append(Dictionary<string, List<RelationshipRecord>> byType, RelationshipRecord relationship)
    {
        if (!byType.TryGetValue(relationship.Type, out var relationships))
        {
            byType[relationship.Type] = relationships = [];
        }

        relationships.Add(relationship);
    }
}
