using System.Collections.Immutable;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// For each relationship type, the nodes it ends at by how many relationships of the type they receive, most first (ties
/// by id), so that a ranking of nodes by what they receive (<see cref="RelationshipCounter"/>) reads its leaders instead
/// of every relationship. Persistent: a write moves only the nodes whose count it changed, each a path of a tree.
/// </summary>
internal sealed class InDegreeRanking
{
    private static readonly ImmutableSortedSet<InDegree> NoNodes = ImmutableSortedSet.Create(InDegree.MostFirst);

    private readonly ImmutableDictionary<string, ImmutableSortedSet<InDegree>> _byType;

    private InDegreeRanking(ImmutableDictionary<string, ImmutableSortedSet<InDegree>> byType) => _byType = byType;

    public static InDegreeRanking Empty { get; } = new(ImmutableDictionary.Create<string, ImmutableSortedSet<InDegree>>(StringComparer.Ordinal));

    /// <summary>The nodes that receive relationships of a type, with how many, most first, then by id.</summary>
    public IEnumerable<InDegree> MostFirst(string type) => _byType.GetValueOrDefault(type, NoNodes);

    /// <summary>This ranking with each node's count of a type changed from <c>Before</c> to <c>After</c> (zero: not ranked).</summary>
    public InDegreeRanking With(IEnumerable<(string NodeId, string Type, int Before, int After)> changes)
    {
        var byType = _byType.ToBuilder();
        foreach (var typeChanges in changes.Where(change => change.Before != change.After).GroupBy(change => change.Type, StringComparer.Ordinal))
        {
            var ranked = byType.GetValueOrDefault(typeChanges.Key, NoNodes).ToBuilder();
            foreach (var (nodeId, _, before, after) in typeChanges)
            {
                ranked.Remove(new InDegree(nodeId, before));
                if (after > 0)
                {
                    ranked.Add(new InDegree(nodeId, after));
                }
            }

            if (ranked.Count == 0)
            {
                byType.Remove(typeChanges.Key);
            }
            else
            {
                byType[typeChanges.Key] = ranked.ToImmutable();
            }
        }

        return new(byType.ToImmutable());
    }
}

/// <summary>How many relationships of some type a node receives.</summary>
internal readonly record struct InDegree(string NodeId, int Count)
{
    /// <summary>The most received first, then by id.</summary>
    public static IComparer<InDegree> MostFirst { get; } = Comparer<InDegree>.Create((a, b) =>
    {
        var byCount = b.Count.CompareTo(a.Count);
        return byCount != 0 ? byCount : string.CompareOrdinal(a.NodeId, b.NodeId);
    });
}
