using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Aggregates;
using KnowledgeGraph.Storage.Querying;
using KnowledgeGraph.Storage.Traversal;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>Counts relationships per end node and type over a snapshot, for <see cref="IGraphStore.CountRelationshipsAsync"/>.</summary>
internal static class RelationshipCounter
{
    public static IReadOnlyList<RelationshipCounts> Count(GraphSnapshot snapshot, RelationshipCountQuery query)
    {
        var startsWithin = query.StartWithin.Select(containment => NodesInside(snapshot, containment)).ToList();
        var endsWithin = query.EndWithin.Select(containment => NodesInside(snapshot, containment)).ToList();
        var counted = Candidates(snapshot, query.Types, startsWithin, endsWithin)
            .Where(r => startsWithin.TrueForAll(inside => inside.Contains(r.StartId)) && endsWithin.TrueForAll(inside => inside.Contains(r.EndId)))
            .GroupBy(r => r.EndId, StringComparer.Ordinal)
            .Select(group => new RelationshipCounts(
                group.Key,
                query.Types.ToDictionary(type => type, type => group.Count(r => r.Type == type), StringComparer.Ordinal)));

        var rankBy = query.RankBy.Count > 0 ? query.RankBy : query.Types;
        var ranked = counted
            .OrderByDescending(counts => rankBy.Sum(type => counts.CountsByType.GetValueOrDefault(type)))
            .ThenByDescending(counts => counts.Total);
        foreach (var type in query.Types)
        {
            ranked = ranked.ThenByDescending(counts => counts.CountsByType[type]);
        }

        return ranked.ThenBy(counts => counts.NodeId, StringComparer.Ordinal).Take(query.MaxResults).ToList();
    }

    // The relationships of the counted types that may lie inside: with a containment, those at the nodes of the
    // smallest one, read from their adjacency (one document's count reads that document's relationships only);
    // without, every relationship of the graph.
    private static IEnumerable<RelationshipRecord> Candidates(
        GraphSnapshot snapshot, IReadOnlyList<string> types, List<HashSet<string>> startsWithin, List<HashSet<string>> endsWithin)
    {
        var distinctTypes = types.Distinct(StringComparer.Ordinal).ToList();
        var containments = startsWithin.Select(nodes => (Nodes: nodes, Direction: RelationshipDirection.Outgoing))
            .Concat(endsWithin.Select(nodes => (Nodes: nodes, Direction: RelationshipDirection.Incoming)))
            .ToList();
        if (containments.Count == 0)
        {
            return snapshot.AllRelationships.Where(r => distinctTypes.Contains(r.Type));
        }

        var (smallest, direction) = containments.MinBy(within => within.Nodes.Count);
        return smallest.SelectMany(id => distinctTypes.SelectMany(type => snapshot.Relationships(id, direction, type)));
    }

    // The nodes inside a containment: the ancestor and everything that reaches it, found by walking containment
    // relationships backwards from the ancestor.
    private static HashSet<string> NodesInside(GraphSnapshot snapshot, Containment containment)
    {
        var inside = new HashSet<string>(StringComparer.Ordinal) { containment.AncestorId };
        var frontier = new Queue<string>(inside);
        while (frontier.TryDequeue(out var id))
        {
            foreach (var (_, child) in snapshot.Steps(id, TraversalDirection.Incoming, containment.Via))
            {
                if (inside.Add(child))
                {
                    frontier.Enqueue(child);
                }
            }
        }

        return inside;
    }
}
