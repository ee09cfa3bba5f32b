namespace KnowledgeGraph.Storage.Aggregates;

/// <summary>How many relationships of each counted type point to one node.</summary>
/// <param name="NodeId">The node the relationships end at.</param>
/// <param name="CountsByType">Counts by relationship type; every counted type is present, zero where none.</param>
public sealed record RelationshipCounts(string NodeId, IReadOnlyDictionary<string, int> CountsByType)
{
    /// <summary>All counted relationships together.</summary>
    public int Total => CountsByType.Values.Sum();
}
