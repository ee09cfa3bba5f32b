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
            var room = query.MaxNodes - reached.Count;
            var (reachable, inIdOrder) = Reachable(snapshot, level, query);
            var unseen = reachable.Where(seen.Add);
            List<string> found = inIdOrder ? [.. unseen.Take(room + 1)] : [.. unseen];
            truncated = found.Count > room;
            level = truncated ? Smallest(found, room) : [.. found.Order(StringComparer.Ordinal)];
            reached.AddRange(level);
        }

        var included = reached.ToHashSet(StringComparer.Ordinal);
        var relationships = reached
            .SelectMany(id => RelationshipsStartingAt(snapshot, id, reached, included, query.Types))
            .OrderBy(relationship => relationship.Id, StringComparer.Ordinal)
            .ToList();
        return new Subgraph(reached.Select(id => snapshot.FindNode(id)!).ToList(), relationships, truncated);
    }

    // The nodes one step from a level. From one node followed every way they come once each and in id order, so a
    // level cut at the limit stops reading a hub's neighbours there; otherwise in no order.
    private static (IEnumerable<string> Ids, bool InIdOrder) Reachable(GraphSnapshot snapshot, List<string> level, NeighborhoodQuery query) =>
        level.Count == 1 && query.Types.Count == 0 && query.Direction == TraversalDirection.Both
            ? (snapshot.NeighboursInIdOrder(level[0]), true)
            : (level.SelectMany(id => snapshot.Steps(id, query.Direction, query.Types)).Select(step => step.NeighbourId), false);

    // The relationships of the followed types from a node to the included nodes: read from whichever is smaller, the
    // node's own relationships or its relationships with each included node, so that a hub costs the subgraph's size.
    private static IEnumerable<RelationshipRecord> RelationshipsStartingAt(
        GraphSnapshot snapshot, string nodeId, List<string> reached, HashSet<string> included, IReadOnlyCollection<string> types) =>
        snapshot.Degree(nodeId) <= reached.Count
            ? snapshot.Steps(nodeId, TraversalDirection.Outgoing, types)
                .Where(step => included.Contains(step.NeighbourId))
                .Select(step => step.Relationship)
            : reached
                .SelectMany(otherId => snapshot.RelationshipsBetween(nodeId, otherId))
                .Where(relationship => relationship.StartId == nodeId && (types.Count == 0 || types.Contains(relationship.Type)));

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
