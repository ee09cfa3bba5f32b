using System.Collections;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Storage.Changes;

/// <summary>Counts what a document's new batch changes against its previous batch, record by record.</summary>
public static class GraphBatchDiff
{
    /// <summary>The changes from <paramref name="previous"/> (null for a document the store has not seen) to <paramref name="next"/>.</summary>
    public static GraphChanges Compare(GraphBatch? previous, GraphBatch next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return new GraphChanges(
            Count(previous?.Nodes ?? [], next.Nodes, node => node.Id, SameNode),
            Count(previous?.Relationships ?? [], next.Relationships, relationship => relationship.Id, SameRelationship));
    }

    private static ChangeCounts Count<T>(IReadOnlyList<T> previous, IReadOnlyList<T> next, Func<T, string> id, Func<T, T, bool> same)
    {
        var before = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var record in previous)
        {
            before.TryAdd(id(record), record);
        }

        int added = 0, updated = 0, unchanged = 0;
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in next.Where(record => kept.Add(id(record))))
        {
            if (!before.TryGetValue(id(record), out var old))
            {
                added++;
            }
            else if (same(old, record))
            {
                unchanged++;
            }
            else
            {
                updated++;
            }
        }

        return new ChangeCounts(added, updated, unchanged, before.Keys.Count(key => !kept.Contains(key)));
    }

    /// <summary>Whether two versions of a node have the same label and property values.</summary>
    internal static bool SameNode(NodeRecord left, NodeRecord right) =>
        left.Label == right.Label && SameProperties(left.Properties, right.Properties);

    /// <summary>Whether two versions of a relationship have the same type, ends and property values.</summary>
    internal static bool SameRelationship(RelationshipRecord left, RelationshipRecord right) =>
        left.Type == right.Type && left.StartId == right.StartId && left.EndId == right.EndId
        && SameProperties(left.Properties, right.Properties);

    // Records compare their property dictionaries by reference; re-extracted records are new objects with equal values.
    private static bool SameProperties(IReadOnlyDictionary<string, object?> left, IReadOnlyDictionary<string, object?> right) =>
        left.Count == right.Count
        && left.All(property => right.TryGetValue(property.Key, out var other) && SameValue(property.Value, other));

    private static bool SameValue(object? left, object? right) => (left, right) switch
    {
        (string or null, _) or (_, string or null) => Equals(left, right),
        (IEnumerable leftItems, IEnumerable rightItems) => leftItems.Cast<object?>().SequenceEqual(rightItems.Cast<object?>()),
        _ => Equals(left, right),
    };
}
