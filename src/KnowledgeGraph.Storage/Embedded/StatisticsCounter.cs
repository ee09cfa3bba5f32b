using System.Runtime.CompilerServices;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Aggregates;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// Counts a snapshot's nodes and relationships, overall and per document batch. The overall counts are the snapshot's
/// own (kept by each write); a batch never changes once written, so its counts are worked out on the first call that
/// reads it and remembered for as long as the batch lives: a call costs the number of documents, not of records.
/// </summary>
internal static class StatisticsCounter
{
    private static readonly ConditionalWeakTable<GraphBatch, GraphCounts> CountsByBatch = [];

    public static GraphStatistics Count(GraphSnapshot snapshot) => new(
        snapshot.Counts,
        snapshot.Batches
            .Select(batch => new DocumentCounts(batch.DocumentId, CountsByBatch.GetValue(batch, Counts)))
            .ToList());

    private static GraphCounts Counts(GraphBatch batch) => new(
        CountBy(batch.Nodes, node => node.Label),
        CountBy(batch.Relationships.DistinctBy(r => r.Id), relationship => relationship.Type));

    private static SortedDictionary<string, int> CountBy<T>(IEnumerable<T> items, Func<T, string> key) =>
        new(items.GroupBy(key).ToDictionary(group => group.Key, group => group.Count()), StringComparer.Ordinal);
}
