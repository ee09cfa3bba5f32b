using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Traversal;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// All shortest paths between two nodes, as <c>ALL SHORTEST</c> finds them in Cypher. Hand-written rather than
/// QuikGraph's, whose shortest-path algorithms keep one predecessor per vertex and so find one path, not all: a
/// bidirectional search (<see cref="ShortestPathLayers"/>) marks the nodes that lie on some shortest path, and a
/// depth-first walk over those nodes, neighbours in id order, lists the paths already in the contract's order and stops
/// at the limit.
/// </summary>
internal static class ShortestPathFinder
{
    public static IReadOnlyList<GraphPath> Find(GraphSnapshot snapshot, PathQuery query)
    {
        if (snapshot.FindNode(query.FromId) is null || snapshot.FindNode(query.ToId) is null || query.MaxPaths <= 0)
        {
            return [];
        }

        if (ShortestPathLayers.Find(snapshot, query.FromId, query.ToId, query.MaxLength) is not { } layers)
        {
            return [];
        }

        var paths = new List<GraphPath>();
        var nodes = new List<string> { query.FromId };
        Walk();
        return paths;

        // Extends the node sequence one hop towards the end; every complete sequence becomes its paths.
        void Walk()
        {
            var here = nodes[^1];
            if (here == query.ToId)
            {
                AddPaths(snapshot, nodes, paths, query.MaxPaths);
                return;
            }

            // Neighbours come in id order, so the walk stops reading a hub's neighbours once it has enough paths.
            foreach (var id in snapshot.NeighboursInIdOrder(here).Where(id => layers.IsAt(id, nodes.Count)))
            {
                if (paths.Count >= query.MaxPaths)
                {
                    return;
                }

                nodes.Add(id);
                Walk();
                nodes.RemoveAt(nodes.Count - 1);
            }
        }
    }

    // One node sequence stands for a path per choice of relationship at each hop; choices go in id order.
    private static void AddPaths(GraphSnapshot snapshot, List<string> nodeIds, List<GraphPath> paths, int maxPaths)
    {
        var choices = Enumerable.Range(0, nodeIds.Count - 1)
            .Select(hop => snapshot.RelationshipsBetween(nodeIds[hop], nodeIds[hop + 1])
                .OrderBy(relationship => relationship.Id, StringComparer.Ordinal)
                .ToList())
            .ToList();
        var nodes = nodeIds.Select(id => snapshot.FindNode(id)!).ToList();
        IEnumerable<IReadOnlyList<RelationshipRecord>> combinations = [[]];
        foreach (var hop in choices)
        {
            combinations = combinations.SelectMany(prefix => hop.Select(relationship => (IReadOnlyList<RelationshipRecord>)[.. prefix, relationship]));
        }

        paths.AddRange(combinations.Take(maxPaths - paths.Count).Select(relationships => new GraphPath(nodes, relationships)));
    }
}
