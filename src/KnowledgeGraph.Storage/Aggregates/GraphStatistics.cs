namespace KnowledgeGraph.Storage.Aggregates;

/// <summary>How big the graph is: nodes per label and relationships per type, overall and per document.</summary>
/// <param name="Overall">Every node and relationship once, however many documents contributed it.</param>
/// <param name="Documents">What each document's batch holds, by document id.</param>
public sealed record GraphStatistics(GraphCounts Overall, IReadOnlyList<DocumentCounts> Documents);

/// <summary>Counts of nodes by label and of relationships by type.</summary>
/// <param name="NodesByLabel">Node counts by label, labels in ordinal order.</param>
/// <param name="RelationshipsByType">Relationship counts by type, types in ordinal order.</param>
public sealed record GraphCounts(IReadOnlyDictionary<string, int> NodesByLabel, IReadOnlyDictionary<string, int> RelationshipsByType);

/// <summary>What one document contributes; a node several documents name counts for each of them.</summary>
/// <param name="DocumentId">The document node's id.</param>
/// <param name="Counts">Its nodes (itself included) and relationships.</param>
public sealed record DocumentCounts(string DocumentId, GraphCounts Counts);
