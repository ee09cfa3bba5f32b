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
            PendingOf(idOf(records[index])).Forget(new Positioned<T>(new DocumentPosition(documentId, index), records[index]));
        }
    }

    /// <summary>A document holds the records of its new batch.</summary>
    public void Hold(string documentId, IReadOnlyList<T> records)
    {
        for (var index = 0; index < records.Count; index++)
        {
            PendingOf(idOf(records[index])).Hold(new Positioned<T>(new DocumentPosition(documentId, index), records[index]));
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

    // What the documents a write touches held of one record before it and hold after it. Each document's batch is
    // forgotten and held at most once a write, so a document repeating the record is the last one seen; most records
    // are new and held by one document, so nothing is allocated here beyond two short lists.
    private sealed class Pending(SharedRecord<T>? before)
    {
        private static readonly ImmutableSortedSet<Positioned<T>> NoHolders = ImmutableSortedSet.Create(Positioned<T>.ByPosition);

        private readonly List<Positioned<T>> _forgotten = [];
        private readonly List<Positioned<T>> _held = [];

        public SharedRecord<T>? Before { get; } = before;

        public void Forget(Positioned<T> holder)
        {
            if (_forgotten.Count == 0 || _forgotten[^1].Position.DocumentId != holder.Position.DocumentId)
            {
                _forgotten.Add(holder);
            }
        }

        // A record a batch repeats is held at its first position only, as a shared record is the first holder's.
        public void Hold(Positioned<T> holder)
        {
            if (_held.Count == 0 || _held[^1].Position.DocumentId != holder.Position.DocumentId)
            {
                _held.Add(holder);
            }
        }

        public SharedRecord<T>? Complete(Func<T, T, T> merge, Func<T, T, bool> sameValue)
        {
            var holders = Holders();
            if (holders.Count == 0)
            {
                return null;
            }

            if (Before is not null && HoldersKeptTheirValues(sameValue))
            {
                return new SharedRecord<T>(holders, Before.Record);
            }

            var lastBefore = Before?.Holders.Max.Position.DocumentId;
            if (Before is not null && _forgotten.Count == 0 && _held.All(held => SharedRecords.DocumentOrder.Compare(held.Position.DocumentId, lastBefore) > 0))
            {
                // Only new holders, all after the old ones: folding them onto the old record is the same fold.
                return new SharedRecord<T>(holders, _held.Order(Positioned<T>.ByPosition).Aggregate(Before.Record, (record, held) => merge(record, held.Record)));
            }

            return new SharedRecord<T>(holders, holders.Skip(1).Aggregate(holders.Min.Record, (record, holder) => merge(record, holder.Record)));
        }

        // The holders before, without every position the write's documents held, with every position they hold now.
        private ImmutableSortedSet<Positioned<T>> Holders()
        {
            var holders = Before?.Holders ?? NoHolders;
            if (_forgotten.Count > 0)
            {
                var remaining = holders.ToBuilder();
                foreach (var forgotten in _forgotten)
                {
                    remaining.Remove(forgotten);
                }

                holders = remaining.ToImmutable();
            }

            return holders.Union(_held);
        }

        private bool HoldersKeptTheirValues(Func<T, T, bool> sameValue)
        {
            if (_forgotten.Count != _held.Count)
            {
                return false;
            }

            var held = _held.ToDictionary(holder => holder.Position.DocumentId, holder => holder.Record, StringComparer.Ordinal);
            return _forgotten.All(forgotten => held.TryGetValue(forgotten.Position.DocumentId, out var record) && sameValue(forgotten.Record, record));
        }
    }
}
