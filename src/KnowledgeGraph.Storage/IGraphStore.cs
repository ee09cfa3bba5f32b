using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Changes;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The port every graph store implements (embedded or Neo4j). Reads take many keys at once so that DataLoaders
/// can batch a page's worth of lookups into one call; queries are store operations, never Cypher in a resolver.
/// </summary>
public interface IGraphStore
{
    /// <summary>
    /// Applies one document's batch atomically: whatever an earlier version of the same document contributed is
    /// replaced, and readers see either the old graph or the new one, never a mix. Returns what changed against the
    /// document's previous version (<see cref="GraphBatchDiff"/>). A batch that fails validation throws
    /// <see cref="ArgumentException"/> and changes nothing.
    /// </summary>
    Task<GraphChanges> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken = default);

    /// <summary>The nodes with the given ids; ids that do not exist are left out.</summary>
    Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>One page of the nodes of a label that match a filter, in the requested order, with the total count.</summary>
    Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Relationships of one type that start at (<see cref="RelationshipDirection.Outgoing"/>) or end at
    /// (<see cref="RelationshipDirection.Incoming"/>) any of the given nodes, in document order.
    /// </summary>
    Task<IReadOnlyList<RelationshipRecord>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds,
        RelationshipDirection direction,
        string type,
        CancellationToken cancellationToken = default);
}
