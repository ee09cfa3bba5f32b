using System.Collections;
using System.Collections.Immutable;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// An immutable list of records in document order, held as a balanced tree keyed by position: a change of a few records
/// copies a few paths of the tree and shares the rest with the list it came from, so a hub's list costs a write what
/// the write touches, not the hub's size.
/// </summary>
internal sealed class OrderedRecords<T> : IReadOnlyList<T>
{
    private readonly ImmutableSortedSet<Positioned<T>> _records;

    private OrderedRecords(ImmutableSortedSet<Positioned<T>> records) => _records = records;

    public static OrderedRecords<T> Empty { get; } = new(ImmutableSortedSet.Create(Positioned<T>.ByPosition));

    public int Count => _records.Count;

    public T this[int index] => _records[index].Record;

    /// <summary>The records with their positions, in document order.</summary>
    public IEnumerable<Positioned<T>> Positioned => _records;

    /// <summary>This list without the records at the positions of <paramref name="removed"/>, then with <paramref name="added"/>.</summary>
    public OrderedRecords<T> With(IEnumerable<Positioned<T>> removed, IEnumerable<Positioned<T>> added)
    {
        var records = _records.ToBuilder();
        foreach (var record in removed)
        {
            records.Remove(record);
        }

        foreach (var record in added)
        {
            records.Add(record);
        }

        return new OrderedRecords<T>(records.ToImmutable());
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
