using System.Collections.Immutable;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// Collects, over one write, what each document stops or starts holding of one kind of record, then gives the records
/// that changed with their merged values. A record is merged again only when some holder's value changed, and then by
/// folding just the new holders onto the old record when they all come after the old ones in document order; only a
/// record whose earlier holders changed is folded from its first holder.
/// </summary>
internal sealed class HolderChanges<T>(
    ImmutableDictionary<string, SharedRecord<T>> before, Func<T, string> idOf, Func<T, T, T> merge, Func<T, T, bool> sameValue)
    where T : class
{
    private readonly Dictionary<string, Pending> _pending = new(StringComparer.Ordinal);

    /// <summary>A document no longer holds the records of its previous batch.</summary>
    public void Forget(string documentId, IReadOnlyList<T> records)
    {
        for (var index = 0; index < records.Count; index++)
        {
            var pending = PendingOf(idOf(records[index]));
            pending.Holders.Remove(new Positioned<T>(new DocumentPosition(documentId, index), records[index]));
            pending.Forgotten.TryAdd(documentId, records[index]);
        }
    }

    /// <summary>A document holds the records of its new batch.</summary>
    public void Hold(string documentId, IReadOnlyList<T> records)
    {
        for (var index = 0; index < records.Count; index++)
        {
            var position = new DocumentPosition(documentId, index);
            var pending = PendingOf(idOf(records[index]));
            // A record a batch repeats is held at its first position only, as a shared record is the first holder's.
            if (pending.Held.TryAdd(documentId, records[index]))
            {
                pending.Holders.Add(new Positioned<T>(position, records[index]));
            }
        }
    }

    /// <summary>The records after the write, and each record the write changed or moved, before and after (null when absent).</summary>
    public (ImmutableDictionary<string, SharedRecord<T>> After, IReadOnlyList<(SharedRecord<T>? Before, SharedRecord<T>? After)> Changed) Complete()
    {
        var after = before.ToBuilder();
        var changed = new List<(SharedRecord<T>?, SharedRecord<T>?)>();
        foreach (var (id, pending) in _pending)
        {
            var next = pending.Complete(merge, sameValue);
            if (next is null)
            {
                after.Remove(id);
            }
            else
            {
                after[id] = next;
            }

            if (pending.Before?.Position != next?.Position || !ReferenceEquals(pending.Before?.Record, next?.Record))
            {
                changed.Add((pending.Before, next));
            }
        }

        return (after.ToImmutable(), changed);
    }

    private Pending PendingOf(string id)
    {
        if (!_pending.TryGetValue(id, out var pending))
        {
            _pending[id] = pending = new Pending(before.GetValueOrDefault(id));
        }

        return pending;
    }

    private sealed class Pending(SharedRecord<T>? before)
    {
        public SharedRecord<T>? Before { get; } = before;

        public ImmutableSortedSet<Positioned<T>>.Builder Holders { get; } =
            (before?.Holders ?? ImmutableSortedSet.Create(Positioned<T>.ByPosition)).ToBuilder();

        // What each document touched by the write held before it and holds after it.
        public Dictionary<string, T> Forgotten { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, T> Held { get; } = new(StringComparer.Ordinal);

        public SharedRecord<T>? Complete(Func<T, T, T> merge, Func<T, T, bool> sameValue)
        {
            if (Holders.Count == 0)
            {
                return null;
            }

            var holders = Holders.ToImmutable();
            if (Before is not null && HoldersKeptTheirValues(sameValue))
            {
                return new SharedRecord<T>(holders, Before.Record);
            }

            var lastBefore = Before?.Holders.Max.Position.DocumentId;
            if (Before is not null && Forgotten.Count == 0 && Held.Keys.All(document => SharedRecords.DocumentOrder.Compare(document, lastBefore) > 0))
            {
                // Only new holders, all after the old ones: folding them onto the old record is the same fold.
                return new SharedRecord<T>(holders, Held.OrderBy(held => held.Key, SharedRecords.DocumentOrder)
                    .Aggregate(Before.Record, (record, held) => merge(record, held.Value)));
            }

            return new SharedRecord<T>(holders, holders.Skip(1).Aggregate(holders.Min.Record, (record, holder) => merge(record, holder.Record)));
        }

        private bool HoldersKeptTheirValues(Func<T, T, bool> sameValue) =>
            Forgotten.Count == Held.Count
            && Forgotten.All(forgotten => Held.TryGetValue(forgotten.Key, out var held) && sameValue(forgotten.Value, held));
    }
}
