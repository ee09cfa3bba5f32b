using KnowledgeGraph.Storage.Traversal;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// Which nodes lie where on the shortest paths between two nodes. Up to two hops apart, the neighbour index tells; further,
/// a bidirectional breadth-first search: the side whose frontier has fewer relationships to read grows by one level
/// until the two meet, so a search reads the smaller side's neighbours instead of every document two hops from either.
/// </summary>
/// <remarks>
/// When growing one side to level <c>a</c> first reaches a node the other side holds at level <c>b</c>, no node lay
/// within <c>a − 1</c> and <c>b</c> before, so the shortest length is <c>a + b</c>, every meeting node is at <c>a</c> and
/// <c>b</c>, and every position of a shortest path is known exactly: from the start's side up to <c>a</c>, from the
/// end's side after it.
/// </remarks>
internal sealed class ShortestPathLayers
{
    private static readonly IReadOnlyCollection<string> AnyType = [];

    private readonly Func<string, int, bool> _isAt;

    private ShortestPathLayers(int length, Func<string, int, bool> isAt)
    {
        Length = length;
        _isAt = isAt;
    }

    /// <summary>The number of relationships on each shortest path.</summary>
    public int Length { get; }

    /// <summary>
    /// The layers of the shortest paths from one node to another, or null when none is at most
    /// <paramref name="maxLength"/> long. Paths of one or two hops are told from the neighbour index alone: one common
    /// neighbour shows that two hubs are two hops apart without reading either hub whole.
    /// </summary>
    public static ShortestPathLayers? Find(GraphSnapshot snapshot, string fromId, string toId, int maxLength)
    {
        if (fromId == toId)
        {
            return new ShortestPathLayers(0, (_, _) => false);
        }

        if (maxLength >= 1 && snapshot.RelationshipsBetween(fromId, toId).Count > 0)
        {
            return new ShortestPathLayers(1, (id, position) => position == 1 && id == toId);
        }

        if (maxLength >= 2 && snapshot.NeighboursInIdOrder(fromId).Any(IsBetween))
        {
            return new ShortestPathLayers(2, (id, position) => position == 1 ? IsBetween(id) : position == 2 && id == toId);
        }

        return Search(snapshot, fromId, toId, maxLength);

        bool IsBetween(string id) => id != fromId && id != toId
            && snapshot.RelationshipsBetween(fromId, id).Count > 0 && snapshot.RelationshipsBetween(id, toId).Count > 0;
    }

    /// <summary>Whether a node is the <paramref name="position"/>-th of some shortest path (the start is the 0th).</summary>
    public bool IsAt(string nodeId, int position) => _isAt(nodeId, position);

    private static ShortestPathLayers? Search(GraphSnapshot snapshot, string fromId, string toId, int maxLength)
    {
        var start = new Frontier(fromId);
        var end = new Frontier(toId);
        while (start.Depth + end.Depth < maxLength && start.Level.Count > 0 && end.Level.Count > 0)
        {
            var (grown, other) = start.Cost(snapshot) <= end.Cost(snapshot) ? (start, end) : (end, start);
            grown.Grow(snapshot);
            // Whichever side grew, the meeting nodes are those at the start's depth and at the end's.
            var meeting = grown.Level.Where(other.Distances.ContainsKey).ToHashSet(StringComparer.Ordinal);
            if (meeting.Count > 0)
            {
                var leadingToMeeting = LeadingTo(snapshot, start, meeting);
                var length = start.Depth + end.Depth;
                return new ShortestPathLayers(length, (id, position) => position <= start.Depth
                    ? leadingToMeeting.Contains(id) && start.Distances[id] == position
                    : end.Distances.TryGetValue(id, out var remaining) && remaining == length - position);
            }
        }

        return null;
    }

    // The nodes of the start's levels from which a meeting node is reached one level at a time, walked back from the meeting.
    private static HashSet<string> LeadingTo(GraphSnapshot snapshot, Frontier start, HashSet<string> meeting)
    {
        var leading = new HashSet<string>(meeting, StringComparer.Ordinal);
        var nextLevel = meeting;
        for (var depth = start.Depth - 1; depth >= 0; depth--)
        {
            var reachesNext = nextLevel;
            nextLevel = [.. start.Levels[depth].Where(id => snapshot.Steps(id, TraversalDirection.Both, AnyType).Any(step => reachesNext.Contains(step.NeighbourId)))];
            leading.UnionWith(nextLevel);
        }

        return leading;
    }

    // One side of the search: the hop count of every node it has reached, and its levels.
    private sealed class Frontier
    {
        public Frontier(string origin)
        {
            Distances = new Dictionary<string, int>(StringComparer.Ordinal) { [origin] = 0 };
            Levels = [[origin]];
        }

        public Dictionary<string, int> Distances { get; }

        public List<List<string>> Levels { get; }

        public List<string> Level => Levels[^1];

        public int Depth => Levels.Count - 1;

        // What growing by one level reads: every relationship of the outermost level.
        public long Cost(GraphSnapshot snapshot) => Level.Sum(id => (long)snapshot.Degree(id));

        public void Grow(GraphSnapshot snapshot)
        {
            var depth = Levels.Count;
            Levels.Add([.. Level
                .SelectMany(id => snapshot.Steps(id, TraversalDirection.Both, AnyType))
                .Select(step => step.NeighbourId)
                .Where(id => Distances.TryAdd(id, depth))]);
        }
    }
}
