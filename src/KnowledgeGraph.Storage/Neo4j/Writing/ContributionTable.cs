using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Storage.Neo4j.Writing;

/// <summary>
/// The documents' contributions to the nodes (or relationships) one write touches: loaded from what the store keeps,
/// then changed document by document, and finally compared with what was loaded to say which records to write again
/// and which to delete. Records nobody touched are never loaded and never written.
/// </summary>
internal sealed class ContributionTable<TRecord>(Func<string, string, Contribution<TRecord>> decode, Func<TRecord, TRecord, TRecord> merge)
    where TRecord : class
{
    private readonly Dictionary<string, StoredContributions> _stored = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedDictionary<string, Contribution<TRecord>>> _byId = new(StringComparer.Ordinal);

    public void Load(StoredContributions stored)
    {
        _stored[stored.Id] = stored;
        var byDocument = ContributionsOf(stored.Id);
        for (var i = 0; i < stored.DocumentIds.Count; i++)
        {
            byDocument[stored.DocumentIds[i]] = decode(stored.Id, stored.Contributions[i]);
        }
    }

    /// <summary>What a document contributed, in the order of its batch.</summary>
    public List<TRecord> Of(string documentId) => _byId.Values
        .Select(byDocument => byDocument.GetValueOrDefault(documentId))
        .OfType<Contribution<TRecord>>()
        .OrderBy(contribution => contribution.Position)
        .Select(contribution => contribution.Record)
        .ToList();

    /// <summary>Makes <paramref name="records"/> (with their ids and positions) everything the document contributes.</summary>
    public void Replace(string documentId, IEnumerable<(string Id, Contribution<TRecord> Contribution)> records)
    {
        foreach (var byDocument in _byId.Values)
        {
            byDocument.Remove(documentId);
        }

        foreach (var (id, contribution) in records)
        {
            ContributionsOf(id)[documentId] = contribution;
        }
    }

    /// <summary>
    /// The records that differ from what was loaded: each either held by no document any more (<see cref="ContributedRecord{TRecord}.Merged"/>
    /// is null: delete it) or held with other contributions (write it again, merged).
    /// </summary>
    public IEnumerable<ContributedRecord<TRecord>> Changed()
    {
        foreach (var (id, byDocument) in _byId.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var documentIds = byDocument.Keys.ToList();
            var contributions = byDocument.Values.Select(contribution => contribution.Encoded).ToList();
            var stored = _stored.GetValueOrDefault(id);
            if (stored is null ? documentIds.Count == 0 : stored.DocumentIds.SequenceEqual(documentIds) && stored.Contributions.SequenceEqual(contributions))
            {
                continue;
            }

            var first = byDocument.Values.FirstOrDefault();
            yield return new ContributedRecord<TRecord>(
                id,
                first is null ? null : byDocument.Values.Select(contribution => contribution.Record).Aggregate(merge),
                documentIds,
                contributions,
                first?.Position ?? 0,
                // Every document's record of a relationship has the same ends: any one says where the stored one starts.
                stored is { Contributions.Count: > 0 } ? decode(id, stored.Contributions[0]).Record : null);
        }
    }

    private SortedDictionary<string, Contribution<TRecord>> ContributionsOf(string id)
    {
        if (!_byId.TryGetValue(id, out var byDocument))
        {
            _byId[id] = byDocument = new SortedDictionary<string, Contribution<TRecord>>(SharedRecords.DocumentOrder);
        }

        return byDocument;
    }
}

/// <summary>A record one write changes: its merged state (null when no document holds it any more) and its bookkeeping.</summary>
/// <param name="Id">The record's id.</param>
/// <param name="Merged">The documents' records merged by <see cref="SharedRecords"/>, or null to delete it.</param>
/// <param name="DocumentIds">The documents holding it, in <see cref="SharedRecords.DocumentOrder"/>.</param>
/// <param name="Contributions">What each of them said, encoded, at the same positions.</param>
/// <param name="Position">Its position in the first document's batch.</param>
/// <param name="Stored">One document's record of it as it was stored before this write, or null when it was not stored.</param>
internal sealed record ContributedRecord<TRecord>(
    string Id,
    TRecord? Merged,
    IReadOnlyList<string> DocumentIds,
    IReadOnlyList<string> Contributions,
    int Position,
    TRecord? Stored)
    where TRecord : class;
