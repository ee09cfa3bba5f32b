using KnowledgeGraph.Storage.Aggregates;
using KnowledgeGraph.Storage.Traversal;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>Counts relationships per end node and type over a snapshot, for <see cref="IGraphStore.CountRelationshipsAsync"/>.</summary>
internal static class RelationshipCounter
{
    public static IReadOnlyList<RelationshipCounts> Count(GraphSnapshot snapshot, RelationshipCountQuery query)
    {
        var startsInside = Inside(snapshot, query.StartWithin);
        var endsInside = Inside(snapshot, query.EndWithin);
        var counted = snapshot.AllRelationships
            .Where(r => query.Types.Contains(r.Type) && startsInside(r.StartId) && endsInside(r.EndId))
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

    private static Func<string, bool> Inside(GraphSnapshot snapshot, IReadOnlyList<Containment> containments)
    {
        var tests = containments.Select(containment => Inside(snapshot, containment)).ToList();
        return id => tests.TrueForAll(isInside => isInside(id));
    }

    // The nodes inside a containment: the ancestor and everything that reaches it, found by walking containment
    // relationships backwards from the ancestor.
    private static Func<string, bool> Inside(GraphSnapshot snapshot, Containment containment)
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

        return inside.Contains;
    }
}
