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
        var ranking = new CountRanking(query);
        if (query.MaxResults <= 0)
        {
            return [];
        }

        if (query.StartWithin.Count == 0 && query.EndWithin.Count == 0)
        {
            return TopOverall(snapshot, query, ranking);
        }

        var startsWithin = query.StartWithin.Select(containment => NodesInside(snapshot, containment)).ToList();
        var endsWithin = query.EndWithin.Select(containment => NodesInside(snapshot, containment)).ToList();
        return ranking.Top(Candidates(snapshot, query.Types, startsWithin, endsWithin)
            .Where(r => startsWithin.TrueForAll(inside => inside.Contains(r.StartId)) && endsWithin.TrueForAll(inside => inside.Contains(r.EndId)))
            .GroupBy(r => r.EndId, StringComparer.Ordinal)
            .Select(group => new RelationshipCounts(
                group.Key,
                query.Types.ToDictionary(type => type, type => group.Count(r => r.Type == type), StringComparer.Ordinal))));
    }

    // Without containments a node's counts are its in-degrees, and the leaders are read from each type's in-degree
    // ranking, most first, one node of each type a round (the threshold algorithm): a node not met yet receives, of
    // each type, at most what the last node read of that type receives, so once the worst leader kept ranks strictly
    // before such counts, nothing left can displace it. The graph's hubs are read, not its relationships.
    private static IReadOnlyList<RelationshipCounts> TopOverall(GraphSnapshot snapshot, RelationshipCountQuery query, CountRanking ranking)
    {
        var types = query.Types.Distinct(StringComparer.Ordinal).ToList();
        var readers = types.Select(type => snapshot.MostReceiving(type).GetEnumerator()).ToList();
        try
        {
            var leaders = new CountRanking.Leaders(ranking, query.MaxResults);
            var met = new HashSet<string>(StringComparer.Ordinal);
            var atMost = types.ToDictionary(type => type, _ => 0, StringComparer.Ordinal);
            while (true)
            {
                var read = false;
                for (var index = 0; index < types.Count; index++)
                {
                    if (!readers[index].MoveNext())
                    {
                        atMost[types[index]] = 0;
                        continue;
                    }

                    read = true;
                    var (nodeId, count) = readers[index].Current;
                    atMost[types[index]] = count;
                    if (met.Add(nodeId))
                    {
                        leaders.Offer(new RelationshipCounts(nodeId, query.Types.ToDictionary(
                            type => type, type => snapshot.Relationships(nodeId, RelationshipDirection.Incoming, type).Count, StringComparer.Ordinal)));
                    }
                }

                if (!read || (leaders.Full && ranking.CompareCounts(leaders.Worst, new RelationshipCounts(string.Empty, atMost)) < 0))
                {
                    return leaders.InOrder;
                }
            }
        }
        finally
        {
            readers.ForEach(reader => reader.Dispose());
        }
    }

    // The relationships of the counted types that may lie inside: those at the nodes of the smallest containment, read
    // from their adjacency (one document's count reads that document's relationships only).
    private static IEnumerable<RelationshipRecord> Candidates(
        GraphSnapshot snapshot, IReadOnlyList<string> types, List<HashSet<string>> startsWithin, List<HashSet<string>> endsWithin)
    {
        var distinctTypes = types.Distinct(StringComparer.Ordinal).ToList();
        var containments = startsWithin.Select(nodes => (Nodes: nodes, Direction: RelationshipDirection.Outgoing))
            .Concat(endsWithin.Select(nodes => (Nodes: nodes, Direction: RelationshipDirection.Incoming)))
            .ToList();
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
