using System.Collections.Immutable;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Aggregates;
using KnowledgeGraph.Storage.Querying;
using KnowledgeGraph.Storage.Traversal;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// An immutable view of the whole graph, built from the batches of every document. Readers hold one snapshot for
/// the length of a call; an ingest builds a new snapshot and swaps it in, so nobody sees half a document. Every index
/// is a persistent collection: the snapshot a write builds shares everything the write does not touch with its
/// predecessor (<see cref="SnapshotUpdate"/>), so a write costs its documents, not the graph.
/// </summary>
internal sealed class GraphSnapshot
{
    private readonly SnapshotParts _parts;

    internal GraphSnapshot(SnapshotParts parts) => _parts = parts;

    public static GraphSnapshot Empty { get; } = new(SnapshotParts.Empty);

    /// <summary>Every node once, in document order: each document's nodes that it holds first.</summary>
    public IEnumerable<NodeRecord> Nodes => FirstHeld(batch => batch.Nodes, node => node.Id, _parts.Nodes);

    /// <summary>Every relationship once, in document order: each document's relationships that it holds first.</summary>
    public IEnumerable<RelationshipRecord> AllRelationships =>
        FirstHeld(batch => batch.Relationships, relationship => relationship.Id, _parts.Relationships);

    /// <summary>Each document's batch, by document id.</summary>
    public IEnumerable<GraphBatch> Batches => _parts.BatchesByDocument.Values;

    /// <summary>
    /// A snapshot in which each of <paramref name="batches"/> (one per document) replaces its document's previous
    /// batch, and the nodes whose record that changes or removes (for the full-text index).
    /// </summary>
    public (GraphSnapshot Snapshot, NodeChanges Nodes) With(IEnumerable<GraphBatch> batches) =>
        new SnapshotUpdate(_parts).Apply(batches);

    /// <summary>The batch a document contributed, or null when the snapshot does not hold the document.</summary>
    public GraphBatch? BatchOf(string documentId) => _parts.BatchesByDocument.GetValueOrDefault(documentId);

    public NodeRecord? FindNode(string id) => _parts.Nodes.GetValueOrDefault(id)?.Record;

    /// <summary>
    /// The nodes of one label, in document order; the list is the index's own, the same object in every snapshot until a
    /// write changes a node of the label.
    /// </summary>
    public IReadOnlyList<NodeRecord> NodesWithLabel(string label) =>
        _parts.NodesByLabel.TryGetValue(label, out var nodes) ? nodes : [];

    /// <summary>
    /// The nodes of one label that can match a filter, in document order: those the equality index finds for it, or
    /// every node of the label when it cannot narrow the filter. The filter must still be evaluated on each.
    /// </summary>
    public IReadOnlyList<NodeRecord> CandidatesFor(string label, NodeFilter filter) =>
        _parts.EqualityIndex.Candidates(label, filter) ?? NodesWithLabel(label);

    /// <summary>How many nodes of each label and relationships of each type the graph holds, each once, in ordinal order.</summary>
    public GraphCounts Counts => new(
        _parts.NodesByLabel.ToImmutableSortedDictionary(group => group.Key, group => group.Value.Count, StringComparer.Ordinal),
        _parts.RelationshipTypeCounts.ByType);

    /// <summary>A node's relationships of one type in one direction, in document order; the list is the index's own.</summary>
    public IReadOnlyList<RelationshipRecord> Relationships(string nodeId, RelationshipDirection direction, string type) =>
        _parts.Adjacency.TryGetValue(nodeId, out var adjacency) ? adjacency.Relationships(direction, type) : [];

    /// <summary>The nodes that receive relationships of a type, with how many, most first, then by id.</summary>
    public IEnumerable<InDegree> MostReceiving(string type) => _parts.InDegreeRanking.MostFirst(type);

    /// <summary>The nodes joined to a node by any relationship either way, each once, by id.</summary>
    public IReadOnlyList<string> NeighboursInIdOrder(string nodeId) =>
        _parts.Adjacency.TryGetValue(nodeId, out var adjacency) ? adjacency.NeighboursInIdOrder : [];

    /// <summary>The relationships between two nodes, either way, in document order.</summary>
    public IReadOnlyList<RelationshipRecord> RelationshipsBetween(string nodeId, string otherId) =>
        _parts.Adjacency.TryGetValue(nodeId, out var adjacency) ? adjacency.RelationshipsWith(otherId) : [];

    /// <summary>How many relationships touch a node, a self-loop once.</summary>
    public int Degree(string nodeId) => _parts.Adjacency.TryGetValue(nodeId, out var adjacency) ? adjacency.Degree : 0;

    /// <summary>
    /// The steps a traversal standing on a node may take: each relationship of the given types (empty for all) that
    /// may be followed in the given direction, with the node it leads to. Only the followed types are read.
    /// </summary>
    public IEnumerable<(RelationshipRecord Relationship, string NeighbourId)> Steps(
        string nodeId, TraversalDirection direction, IReadOnlyCollection<string> types)
    {
        if (!_parts.Adjacency.TryGetValue(nodeId, out var adjacency))
        {
            yield break;
        }

        foreach (var type in types.Count == 0 ? adjacency.Types : types.Distinct(StringComparer.Ordinal))
        {
            if (direction != TraversalDirection.Incoming)
            {
                foreach (var relationship in adjacency.Relationships(RelationshipDirection.Outgoing, type))
                {
                    yield return (relationship, relationship.EndId);
                }
            }

            if (direction != TraversalDirection.Outgoing)
            {
                // Followed either way, a self-loop is one step, already taken as outgoing.
                foreach (var relationship in adjacency.Relationships(RelationshipDirection.Incoming, type))
                {
                    if (direction == TraversalDirection.Incoming || relationship.StartId != nodeId)
                    {
                        yield return (relationship, relationship.StartId);
                    }
                }
            }
        }
    }

    // The records of every batch, in document order, each where its first holder holds it.
    private IEnumerable<T> FirstHeld<T>(
        Func<GraphBatch, IReadOnlyList<T>> recordsOf, Func<T, string> idOf, ImmutableDictionary<string, SharedRecord<T>> shared)
    {
        foreach (var batch in _parts.BatchesByDocument.Values)
        {
            var records = recordsOf(batch);
            for (var index = 0; index < records.Count; index++)
            {
                var record = shared[idOf(records[index])];
                if (record.Position == new DocumentPosition(batch.DocumentId, index))
                {
                    yield return record.Record;
                }
            }
        }
    }
}
