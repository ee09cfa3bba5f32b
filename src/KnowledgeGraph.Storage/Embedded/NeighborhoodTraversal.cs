using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Traversal;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// Breadth-first search over a snapshot's adjacency, one hop level at a time. Hand-written rather than QuikGraph's
/// because the contract orders nodes by distance and then id and stops as soon as more nodes are in reach than the
/// query allows, which a per-level walk over the snapshot's own index does directly.
/// </summary>
internal static class NeighborhoodTraversal
{
    public static Subgraph? Run(GraphSnapshot snapshot, NeighborhoodQuery query)
    {
        if (snapshot.FindNode(query.StartId) is not { } start)
        {
            return null;
        }

        var reached = new List<string> { start.Id };
        var seen = new HashSet<string>(StringComparer.Ordinal) { start.Id };
        var level = new List<string> { start.Id };
        var truncated = false;
        for (var distance = 1; distance <= query.Depth && level.Count > 0 && !truncated; distance++)
        {
            var found = level
                .SelectMany(id => snapshot.Steps(id, query.Direction, query.Types))
                .Select(step => step.NeighbourId)
                .Where(seen.Add)
                .ToList();
            var room = query.MaxNodes - reached.Count;
            truncated = found.Count > room;
            level = truncated ? Smallest(found, room) : [.. found.Order(StringComparer.Ordinal)];
            reached.AddRange(level);
        }

        var included = reached.ToHashSet(StringComparer.Ordinal);
        var relationships = reached
            .SelectMany(id => snapshot.Steps(id, TraversalDirection.Outgoing, query.Types))
            .Where(step => included.Contains(step.NeighbourId))
            .Select(step => step.Relationship)
            .OrderBy(relationship => relationship.Id, StringComparer.Ordinal)
            .ToList();
        return new Subgraph(reached.Select(id => snapshot.FindNode(id)!).ToList(), relationships, truncated);
    }

    // The k smallest ids in order, through a heap of the k smallest so far: a hub's level is read once, never sorted.
    private static List<string> Smallest(List<string> ids, int k)
    {
        var largestFirst = Comparer<string>.Create((x, y) => string.CompareOrdinal(y, x));
        var kept = new PriorityQueue<string, string>(k + 1, largestFirst);
        foreach (var id in ids)
        {
            kept.Enqueue(id, id);
            if (kept.Count > k)
            {
                kept.Dequeue();
            }
        }

        var smallest = new List<string>(kept.Count);
        while (kept.TryDequeue(out var id, out _))
        {
            smallest.Add(id);
        }

        smallest.Reverse();
        return smallest;
    }
}
