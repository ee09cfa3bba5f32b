using KnowledgeGraph.Storage.Aggregates;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// The order of <see cref="IGraphStore.CountRelationshipsAsync"/>, best first: by the summed count of the ranking types,
/// then by the total, then by each counted type's count in the query's order, then by id; and the best few of many
/// counts kept without sorting them all.
/// </summary>
internal sealed class CountRanking(RelationshipCountQuery query) : IComparer<RelationshipCounts>
{
    private readonly IReadOnlyList<string> _rankBy = query.RankBy.Count > 0 ? query.RankBy : query.Types;

    public int Compare(RelationshipCounts? x, RelationshipCounts? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var byCounts = CompareCounts(x, y);
        return byCounts != 0 ? byCounts : string.CompareOrdinal(x.NodeId, y.NodeId);
    }

    /// <summary>How two nodes' counts rank, ids left out: negative when <paramref name="x"/>'s rank before <paramref name="y"/>'s.</summary>
    public int CompareCounts(RelationshipCounts x, RelationshipCounts y)
    {
        var byRanked = Ranked(y).CompareTo(Ranked(x));
        if (byRanked != 0)
        {
            return byRanked;
        }

        var byTotal = y.Total.CompareTo(x.Total);
        if (byTotal != 0)
        {
            return byTotal;
        }

        foreach (var type in query.Types)
        {
            var byType = y.CountsByType[type].CompareTo(x.CountsByType[type]);
            if (byType != 0)
            {
                return byType;
            }
        }

        return 0;
    }

    /// <summary>The best <c>MaxResults</c> of <paramref name="counts"/>, best first.</summary>
    public IReadOnlyList<RelationshipCounts> Top(IEnumerable<RelationshipCounts> counts)
    {
        var best = new Leaders(this, query.MaxResults);
        foreach (var node in counts)
        {
            best.Offer(node);
        }

        return best.InOrder;
    }

    private int Ranked(RelationshipCounts counts) => _rankBy.Sum(type => counts.CountsByType.GetValueOrDefault(type));

    /// <summary>The best few counts offered so far: at most <c>size</c>, the worst of them dropped for a better one.</summary>
    internal sealed class Leaders(CountRanking ranking, int size)
    {
        private readonly SortedSet<RelationshipCounts> _best = new(ranking);

        /// <summary>Whether as many counts are kept as asked for.</summary>
        public bool Full => _best.Count >= size;

        /// <summary>The worst count kept; only when <see cref="Full"/> with a size above zero.</summary>
        public RelationshipCounts Worst => _best.Max!;

        public IReadOnlyList<RelationshipCounts> InOrder => [.. _best];

        public void Offer(RelationshipCounts counts)
        {
            if (size <= 0)
            {
                return;
            }

            if (Full)
            {
                if (ranking.Compare(counts, Worst) >= 0)
                {
                    return;
                }

                _best.Remove(Worst);
            }

            _best.Add(counts);
        }
    }
}
