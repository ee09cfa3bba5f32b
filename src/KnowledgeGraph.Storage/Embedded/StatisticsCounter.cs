using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Aggregates;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>Counts a snapshot's nodes and relationships, overall and per document batch.</summary>
internal static class StatisticsCounter
{
    public static GraphStatistics Count(GraphSnapshot snapshot) => new(
        Counts(snapshot.Nodes, snapshot.AllRelationships),
        snapshot.Batches
            .Select(batch => new DocumentCounts(batch.DocumentId, Counts(batch.Nodes, batch.Relationships)))
            .ToList());

    private static GraphCounts Counts(IEnumerable<NodeRecord> nodes, IEnumerable<RelationshipRecord> relationships) => new(
        CountBy(nodes, node => node.Label),
        CountBy(relationships.DistinctBy(r => r.Id), relationship => relationship.Type));

    private static SortedDictionary<string, int> CountBy<T>(IEnumerable<T> items, Func<T, string> key) =>
        new(items.GroupBy(key).ToDictionary(group => group.Key, group => group.Count()), StringComparer.Ordinal);
}
