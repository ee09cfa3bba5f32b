using System.Collections.Immutable;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// How many relationships of each type the graph holds, kept across writes so that <c>stats</c> reads a number per type
/// instead of counting every relationship: a write adds and subtracts only the relationships it changed.
/// </summary>
internal sealed class RelationshipTypeCounts
{
    private readonly ImmutableSortedDictionary<string, int> _byType;

    private RelationshipTypeCounts(ImmutableSortedDictionary<string, int> byType) => _byType = byType;

    public static RelationshipTypeCounts Empty { get; } = new(ImmutableSortedDictionary.Create<string, int>(StringComparer.Ordinal));

    /// <summary>The count of each type the graph holds, types in ordinal order; a type with none is left out.</summary>
    public IReadOnlyDictionary<string, int> ByType => _byType;

    /// <summary>These counts with each changed relationship's record before (if any) taken away and after (if any) added.</summary>
    public RelationshipTypeCounts With(IReadOnlyList<(SharedRecord<RelationshipRecord>? Before, SharedRecord<RelationshipRecord>? After)> changed)
    {
        var byType = _byType.ToBuilder();
        foreach (var (before, after) in changed)
        {
            if (before is not null)
            {
                Add(byType, before.Record.Type, -1);
            }

            if (after is not null)
            {
                Add(byType, after.Record.Type, +1);
            }
        }

        return new(byType.ToImmutable());
    }

    private static void Add(ImmutableSortedDictionary<string, int>.Builder byType, string type, int difference)
    {
        var count = byType.GetValueOrDefault(type) + difference;
        if (count == 0)
        {
            byType.Remove(type);
        }
        else
        {
            byType[type] = count;
        }
    }
}
