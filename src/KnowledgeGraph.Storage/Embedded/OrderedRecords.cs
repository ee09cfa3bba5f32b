using System.Collections;
using System.Collections.Immutable;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// An immutable list of records in document order. A long list is a balanced tree keyed by position: a change of a few
/// records copies a few paths of the tree and shares the rest with the list it came from, so a hub's list costs a write
/// what the write touches, not the hub's size. A short list, as most nodes' relationship groups are, is a sorted array
/// copied whole by a change: a tree's nodes would cost several times its records in memory and in a bulk load's time.
/// </summary>
internal sealed class OrderedRecords<T> : IReadOnlyList<T>
{
    // The longest list kept as an array; copying it costs no more than a path of a tree would.
    private const int LongestArray = 8;

    private static readonly ImmutableSortedSet<Positioned<T>> NoRecords = ImmutableSortedSet.Create(Positioned<T>.ByPosition);

    // A sorted Positioned<T>[] of at most LongestArray records, or an ImmutableSortedSet<Positioned<T>> of more.
    private readonly IReadOnlyList<Positioned<T>> _records;

    private OrderedRecords(IReadOnlyList<Positioned<T>> records) => _records = records;

    public static OrderedRecords<T> Empty { get; } = new(Array.Empty<Positioned<T>>());

    public int Count => _records.Count;

    public T this[int index] => _records[index].Record;

    /// <summary>The records with their positions, in document order.</summary>
    public IEnumerable<Positioned<T>> Positioned => _records;

    /// <summary>Records already in document order, one per position, as a list, built in one pass.</summary>
    public static OrderedRecords<T> OfSorted(Positioned<T>[] records) =>
        new(records.Length <= LongestArray ? records : NoRecords.Union(records));

    /// <summary>
    /// This list without the records at the positions of <paramref name="removed"/>, then with <paramref name="added"/>
    /// (a position the list still holds keeps its record).
    /// </summary>
    public OrderedRecords<T> With(IEnumerable<Positioned<T>> removed, IReadOnlyCollection<Positioned<T>> added)
    {
        if (_records is ImmutableSortedSet<Positioned<T>> tree)
        {
            var kept = tree.ToBuilder();
            foreach (var record in removed)
            {
                kept.Remove(record);
            }

            // Union sorts the list and the added records together and builds the tree in one pass when the added ones are
            // many times the list, as in a bulk load; fewer are added one by one. A tree that shrinks stays a tree.
            return new OrderedRecords<T>(kept.ToImmutable().Union(added));
        }

        // A short list is read whole: at most LongestArray records to compare with each removed or added one.
        var removedPositions = removed.Select(record => record.Position).ToList();
        var remaining = _records.Where(record => !removedPositions.Contains(record.Position)).ToList();
        var records = new List<Positioned<T>>(remaining.Count + added.Count);
        records.AddRange(remaining);
        records.AddRange(remaining.Count == 0 ? added : added.Where(record => !remaining.Exists(held => held.Position == record.Position)));
        records.Sort(Positioned<T>.ByPosition);
        return new OrderedRecords<T>(records.Count <= LongestArray ? records.ToArray() : NoRecords.Union(records));
    }

    public IEnumerator<T> GetEnumerator()
    {
        foreach (var record in _records)
        {
            yield return record.Record;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
