using System.Collections.Immutable;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// One node's relationships grouped by direction and type, each group in document order, so that a lookup, a count
/// or a traversal step reads only the groups it follows rather than everything that touches the node; and grouped by
/// the node at the other end, with those nodes in id order, so that a walk in id order stops when it has enough.
/// Immutable: <see cref="With"/> gives a new adjacency that shares every group the change does not touch, so a write
/// to a hub costs the relationships it changes, not the hub's degree.
/// </summary>
internal sealed class NodeAdjacency
{
    private readonly string _nodeId;
    private readonly ImmutableDictionary<string, OrderedRecords<RelationshipRecord>> _outgoing;
    private readonly ImmutableDictionary<string, OrderedRecords<RelationshipRecord>> _incoming;
    private readonly ImmutableDictionary<string, OrderedRecords<RelationshipRecord>> _byNeighbour;
    private readonly ImmutableSortedSet<string> _neighbours;

    private NodeAdjacency(
        string nodeId,
        ImmutableDictionary<string, OrderedRecords<RelationshipRecord>> outgoing,
        ImmutableDictionary<string, OrderedRecords<RelationshipRecord>> incoming,
        ImmutableDictionary<string, OrderedRecords<RelationshipRecord>> byNeighbour,
        ImmutableSortedSet<string> neighbours,
        int degree)
    {
        _nodeId = nodeId;
        _outgoing = outgoing;
        _incoming = incoming;
        _byNeighbour = byNeighbour;
        _neighbours = neighbours;
        Degree = degree;
    }

    /// <summary>A node no relationship touches yet.</summary>
    public static NodeAdjacency Empty(string nodeId)
    {
        var groups = ImmutableDictionary.Create<string, OrderedRecords<RelationshipRecord>>(StringComparer.Ordinal);
        return new(nodeId, groups, groups, groups, ImmutableSortedSet.Create<string>(StringComparer.Ordinal), 0);
    }

    /// <summary>How many relationships touch the node, a self-loop once: what a step over every type reads.</summary>
    public int Degree { get; }

    /// <summary>The types of the relationships that touch the node, either way, each once.</summary>
    public IEnumerable<string> Types => _outgoing.Keys.Union(_incoming.Keys, StringComparer.Ordinal);

    /// <summary>
    /// The nodes a relationship of any type joins to this one either way, each once, by id (the node itself when it
    /// has a self-loop).
    /// </summary>
    public IReadOnlyList<string> NeighboursInIdOrder => _neighbours;

    public IReadOnlyList<RelationshipRecord> Relationships(RelationshipDirection direction, string type) =>
        (direction == RelationshipDirection.Outgoing ? _outgoing : _incoming).TryGetValue(type, out var relationships) ? relationships : [];

    /// <summary>The relationships between this node and another, either way, in document order.</summary>
    public IReadOnlyList<RelationshipRecord> RelationshipsWith(string neighbourId) =>
        _byNeighbour.TryGetValue(neighbourId, out var relationships) ? relationships : [];

    /// <summary>
    /// This adjacency without the <paramref name="removed"/> relationships (found by position) and with the
    /// <paramref name="added"/> ones; each relationship starts or ends at this node.
    /// </summary>
    public NodeAdjacency With(IReadOnlyCollection<Positioned<RelationshipRecord>> removed, IReadOnlyCollection<Positioned<RelationshipRecord>> added)
    {
        var outgoing = Regroup(_outgoing, removed, added, r => r.StartId == _nodeId ? r.Type : null);
        var incoming = Regroup(_incoming, removed, added, r => r.EndId == _nodeId ? r.Type : null);
        // A self-loop joins the node to itself once, as an outgoing relationship.
        var byNeighbour = Regroup(_byNeighbour, removed, added, r => r.StartId == _nodeId ? r.EndId : r.StartId);
        var neighbours = _neighbours.ToBuilder();
        foreach (var neighbour in removed.Concat(added).Select(r => r.Record.StartId == _nodeId ? r.Record.EndId : r.Record.StartId))
        {
            if (byNeighbour.ContainsKey(neighbour))
            {
                neighbours.Add(neighbour);
            }
            else
            {
                neighbours.Remove(neighbour);
            }
        }

        return new(_nodeId, outgoing, incoming, byNeighbour, neighbours.ToImmutable(), Degree - removed.Count + added.Count);
    }

    // Each group that a changed relationship falls in (by a key, or none when the key is null) loses the removed
    // relationships and gains the added ones; a group left empty is dropped.
    private static ImmutableDictionary<string, OrderedRecords<RelationshipRecord>> Regroup(
        ImmutableDictionary<string, OrderedRecords<RelationshipRecord>> groups,
        IEnumerable<Positioned<RelationshipRecord>> removed,
        IEnumerable<Positioned<RelationshipRecord>> added,
        Func<RelationshipRecord, string?> keyOf)
    {
        var changes = removed.Select(r => (Key: keyOf(r.Record), Relationship: r, Added: false))
            .Concat(added.Select(r => (Key: keyOf(r.Record), Relationship: r, Added: true)))
            .Where(change => change.Key is not null)
            .GroupBy(change => change.Key!, StringComparer.Ordinal)
            .ToList();
        if (changes.Count == 0)
        {
            return groups;
        }

        var builder = groups.ToBuilder();
        foreach (var group in changes)
        {
            var regrouped = builder.GetValueOrDefault(group.Key, OrderedRecords<RelationshipRecord>.Empty).With(
                group.Where(change => !change.Added).Select(change => change.Relationship),
                group.Where(change => change.Added).Select(change => change.Relationship));
            if (regrouped.Count == 0)
            {
                builder.Remove(group.Key);
            }
            else
            {
                builder[group.Key] = regrouped;
            }
        }

        return builder.ToImmutable();
    }
}
