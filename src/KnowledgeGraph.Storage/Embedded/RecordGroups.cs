using System.Collections.Immutable;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// Keeps records grouped by keys (a node by its label, by its indexed values) across a write: only the groups of the
/// records the write changed are copied, each a path of a persistent tree, and every other group is shared.
/// </summary>
internal static class RecordGroups
{
    /// <summary>
    /// Each group a changed record fell in before (by <paramref name="keysOf"/> its old record) loses it, found by its old
    /// position, and each group it falls in now gains it; a group left empty is dropped.
    /// </summary>
    public static ImmutableDictionary<TKey, OrderedRecords<T>> Regroup<TKey, T>(
        ImmutableDictionary<TKey, OrderedRecords<T>> groups,
        IReadOnlyList<(SharedRecord<T>? Before, SharedRecord<T>? After)> changed,
        Func<T, IEnumerable<TKey>> keysOf)
        where TKey : notnull
    {
        var removed = ByKey(changed.Select(change => change.Before), keysOf, groups.KeyComparer);
        var added = ByKey(changed.Select(change => change.After), keysOf, groups.KeyComparer);
        var builder = groups.ToBuilder();
        foreach (var key in removed.Keys.Union(added.Keys, groups.KeyComparer))
        {
            var group = builder.GetValueOrDefault(key, OrderedRecords<T>.Empty)
                .With(removed.GetValueOrDefault(key) ?? [], added.GetValueOrDefault(key) ?? []);
            if (group.Count == 0)
            {
                builder.Remove(key);
            }
            else
            {
                builder[key] = group;
            }
        }

        return builder.ToImmutable();
    }

    private static Dictionary<TKey, List<Positioned<T>>> ByKey<TKey, T>(
        IEnumerable<SharedRecord<T>?> records, Func<T, IEnumerable<TKey>> keysOf, IEqualityComparer<TKey> comparer)
        where TKey : notnull
    {
        var byKey = new Dictionary<TKey, List<Positioned<T>>>(comparer);
        foreach (var record in records)
        {
            if (record is null)
            {
                continue;
            }

            foreach (var key in keysOf(record.Record))
            {
                if (!byKey.TryGetValue(key, out var group))
                {
                    byKey[key] = group = [];
                }

                group.Add(record.Positioned);
            }
        }

        return byKey;
    }
}
