using System.Collections.Immutable;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// One node or relationship of the graph with what each document holding it contributed, by position: the graph's
/// record is their <see cref="SharedRecords"/> merge in document order, and it sorts by the first holder's position.
/// </summary>
internal sealed class SharedRecord<T>
{
    public SharedRecord(ImmutableSortedSet<Positioned<T>> holders, T record)
    {
        Holders = holders;
        Record = record;
    }

    /// <summary>Each holding document's own record, in document order; never empty.</summary>
    public ImmutableSortedSet<Positioned<T>> Holders { get; }

    /// <summary>The record the graph holds.</summary>
    public T Record { get; }

    public DocumentPosition Position => Holders.Min.Position;

    public Positioned<T> Positioned => new(Position, Record);
}
