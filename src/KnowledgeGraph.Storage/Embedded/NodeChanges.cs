using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>The nodes a write changed, for the full-text index: their new records, and the ids of those it removed.</summary>
internal sealed record NodeChanges(IReadOnlyList<NodeRecord> Changed, IReadOnlyList<string> Removed);
