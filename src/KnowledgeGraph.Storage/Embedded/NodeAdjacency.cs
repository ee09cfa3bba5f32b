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

    private static readonly ImmutableDictionary<string, OrderedRecords<RelationshipRecord>> NoGroups =
        ImmutableDictionary.Create<string, OrderedRecords<RelationshipRecord>>(StringComparer.Ordinal);

    private static readonly ImmutableSortedSet<string> NoNeighbours = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);

    /// <summary>A node no relationship touches yet.</summary>
    public static NodeAdjacency Empty(string nodeId) => new(nodeId, NoGroups, NoGroups, NoGroups, NoNeighbours, 0);

    /// <summary>
    /// The adjacency of a node that had none, in one pass over the <paramref name="relationships"/> that touch it now
    /// (in any order): each group's tree is built at once from its records, as a bulk load needs for its new nodes.
    /// </summary>
    public static NodeAdjacency Of(string nodeId, IReadOnlyCollection<Positioned<RelationshipRecord>> relationships)
    {
        return new(
            nodeId,
            Group(relationships, r => OutgoingKey(nodeId, r)),
            Group(relationships, r => IncomingKey(nodeId, r)),
            Group(relationships, r => NeighbourKey(nodeId, r)),
            NoNeighbours.Union(relationships.Select(r => NeighbourKey(nodeId, r.Record))),
            relationships.Count);
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
        var outgoing = Regroup(_outgoing, removed, added, r => OutgoingKey(_nodeId, r));
        var incoming = Regroup(_incoming, removed, added, r => IncomingKey(_nodeId, r));
        var byNeighbour = Regroup(_byNeighbour, removed, added, r => NeighbourKey(_nodeId, r));
        var neighbours = _neighbours.ToBuilder();
        foreach (var neighbour in removed.Concat(added).Select(r => NeighbourKey(_nodeId, r.Record)))
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

    // The group of each kind a relationship falls in at a node (none for null).
    private static string? OutgoingKey(string nodeId, RelationshipRecord relationship) => relationship.StartId == nodeId ? relationship.Type : null;

    private static string? IncomingKey(string nodeId, RelationshipRecord relationship) => relationship.EndId == nodeId ? relationship.Type : null;

    // A self-loop joins the node to itself once, as an outgoing relationship.
    private static string NeighbourKey(string nodeId, RelationshipRecord relationship) =>
        relationship.StartId == nodeId ? relationship.EndId : relationship.StartId;

    // The relationships in groups by a key (none when the key is null), each group built at once: sorted by key, then
    // by position, each run of one key is a group, already in document order.
    private static ImmutableDictionary<string, OrderedRecords<RelationshipRecord>> Group(
        IEnumerable<Positioned<RelationshipRecord>> relationships, Func<RelationshipRecord, string?> keyOf)
    {
        var keyed = relationships
            .Select(relationship => (Key: keyOf(relationship.Record), Relationship: relationship))
            .Where(keyedRelationship => keyedRelationship.Key is not null)
            .ToArray();
        Array.Sort(keyed, (x, y) =>
        {
            var byKey = string.CompareOrdinal(x.Key, y.Key);
            return byKey != 0 ? byKey : x.Relationship.Position.CompareTo(y.Relationship.Position);
        });
        var groups = NoGroups.ToBuilder();
        for (var start = 0; start < keyed.Length;)
        {
            var end = start + 1;
            while (end < keyed.Length && keyed[end].Key == keyed[start].Key)
            {
                end++;
            }

            var group = new Positioned<RelationshipRecord>[end - start];
            for (var index = start; index < end; index++)
            {
                group[index - start] = keyed[index].Relationship;
            }

            groups[keyed[start].Key!] = OrderedRecords<RelationshipRecord>.OfSorted(group);
            start = end;
        }

        return groups.ToImmutable();
    }

    // Each group that a changed relationship falls in (by a key, or none when the key is null) loses the removed
    // relationships and gains the added ones; a group left empty is dropped.
    private static ImmutableDictionary<string, OrderedRecords<RelationshipRecord>> Regroup(
        ImmutableDictionary<string, OrderedRecords<RelationshipRecord>> groups,
        IReadOnlyCollection<Positioned<RelationshipRecord>> removed,
        IReadOnlyCollection<Positioned<RelationshipRecord>> added,
        Func<RelationshipRecord, string?> keyOf)
    {
        var changes = new Dictionary<string, (List<Positioned<RelationshipRecord>> Removed, List<Positioned<RelationshipRecord>> Added)>(StringComparer.Ordinal);
        foreach (var relationship in removed)
        {
            ChangeOf(relationship)?.Removed.Add(relationship);
        }

        foreach (var relationship in added)
        {
            ChangeOf(relationship)?.Added.Add(relationship);
        }

        if (changes.Count == 0)
        {
            return groups;
        }

        var builder = groups.ToBuilder();
        foreach (var (key, change) in changes)
        {
            var regrouped = builder.GetValueOrDefault(key, OrderedRecords<RelationshipRecord>.Empty).With(change.Removed, change.Added);
            if (regrouped.Count == 0)
            {
                builder.Remove(key);
            }
            else
            {
                builder[key] = regrouped;
            }
        }

        return builder.ToImmutable();

        (List<Positioned<RelationshipRecord>> Removed, List<Positioned<RelationshipRecord>> Added)? ChangeOf(Positioned<RelationshipRecord> relationship)
        {
            if (keyOf(relationship.Record) is not { } key)
            {
                return null;
            }

            if (!changes.TryGetValue(key, out var change))
            {
                changes[key] = change = ([], []);
            }

            return change;
        }
    }
}
