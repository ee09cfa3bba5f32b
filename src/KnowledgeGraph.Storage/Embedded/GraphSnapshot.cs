using System.Collections.Immutable;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Querying;
using KnowledgeGraph.Storage.Traversal;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// An immutable view of the whole graph, built from the batches of every document. Readers hold one snapshot for
/// the length of a call; an ingest builds a new snapshot and swaps it in, so nobody sees half a document.
/// </summary>
internal sealed class GraphSnapshot
{
    private readonly ImmutableSortedDictionary<string, GraphBatch> _batchesByDocument;
    private readonly Dictionary<string, NodeRecord> _nodesById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NodeRecord>> _nodesByLabel = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NodeAdjacency> _adjacency = new(StringComparer.Ordinal);
    private readonly List<string> _nodeIds = [];
    private readonly List<RelationshipRecord> _relationships = [];

    public static GraphSnapshot Empty { get; } = new(ImmutableSortedDictionary.Create<string, GraphBatch>(SharedRecords.DocumentOrder));

    private GraphSnapshot(ImmutableSortedDictionary<string, GraphBatch> batchesByDocument)
    {
        _batchesByDocument = batchesByDocument;
        Index();
        SearchIndex = new Lazy<LuceneSearchIndex>(() => LuceneSearchIndex.Build(Nodes));
    }

    /// <summary>Every node once, in document order.</summary>
    public IEnumerable<NodeRecord> Nodes => _nodeIds.Select(id => _nodesById[id]);

    /// <summary>Every relationship once, in document order.</summary>
    public IReadOnlyList<RelationshipRecord> AllRelationships => _relationships;

    /// <summary>Each document's batch, by document id.</summary>
    public IEnumerable<GraphBatch> Batches => _batchesByDocument.Values;

    /// <summary>The full-text index, built on the first search so that loading many documents stays fast.</summary>
    public Lazy<LuceneSearchIndex> SearchIndex { get; }

    /// <summary>
    /// A snapshot in which each of <paramref name="batches"/> (one per document) replaces its document's previous batch.
    /// Building a snapshot indexes every document, so many batches are best swapped in with one call.
    /// </summary>
    public GraphSnapshot With(IEnumerable<GraphBatch> batches) =>
        new(_batchesByDocument.SetItems(batches.Select(batch => KeyValuePair.Create(batch.DocumentId, batch))));

    /// <summary>The batch a document contributed, or null when the snapshot does not hold the document.</summary>
    public GraphBatch? BatchOf(string documentId) => _batchesByDocument.GetValueOrDefault(documentId);

    public NodeRecord? FindNode(string id) => _nodesById.GetValueOrDefault(id);

    public IReadOnlyList<NodeRecord> NodesWithLabel(string label) =>
        _nodesByLabel.TryGetValue(label, out var nodes) ? nodes : [];

    /// <summary>A node's relationships of one type in one direction, in document order; the list is the index's own.</summary>
    public IReadOnlyList<RelationshipRecord> Relationships(string nodeId, RelationshipDirection direction, string type) =>
        _adjacency.TryGetValue(nodeId, out var adjacency) ? adjacency.Relationships(direction, type) : [];

    /// <summary>The nodes joined to a node by any relationship either way, each once, by id.</summary>
    public IReadOnlyList<string> NeighboursInIdOrder(string nodeId) =>
        _adjacency.TryGetValue(nodeId, out var adjacency) ? adjacency.NeighboursInIdOrder : [];

    /// <summary>The relationships between two nodes, either way, in document order.</summary>
    public IReadOnlyList<RelationshipRecord> RelationshipsBetween(string nodeId, string otherId) =>
        _adjacency.TryGetValue(nodeId, out var adjacency) ? adjacency.RelationshipsWith(otherId) : [];

    /// <summary>How many relationships touch a node, a self-loop once.</summary>
    public int Degree(string nodeId) => _adjacency.TryGetValue(nodeId, out var adjacency) ? adjacency.Degree : 0;

    /// <summary>
    /// The steps a traversal standing on a node may take: each relationship of the given types (empty for all) that
    /// may be followed in the given direction, with the node it leads to. Only the followed types are read.
    /// </summary>
    public IEnumerable<(RelationshipRecord Relationship, string NeighbourId)> Steps(
        string nodeId, TraversalDirection direction, IReadOnlyCollection<string> types)
    {
        if (!_adjacency.TryGetValue(nodeId, out var adjacency))
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

    // Batches are indexed in SharedRecords.DocumentOrder, so "document order" is the same after every restart and the
    // same as the Neo4j store's.
    private void Index()
    {
        var seenRelationships = new HashSet<string>(StringComparer.Ordinal);
        foreach (var batch in _batchesByDocument.Values)
        {
            foreach (var node in batch.Nodes)
            {
                AddNode(node);
            }

            // A relationship another document already holds stays that document's (SharedRecords.Merge).
            foreach (var relationship in batch.Relationships.Where(r => seenRelationships.Add(r.Id)))
            {
                AdjacencyOf(relationship.StartId).AddOutgoing(relationship);
                AdjacencyOf(relationship.EndId).AddIncoming(relationship);
                _relationships.Add(relationship);
            }
        }
    }

    // A node that several documents mention is one node, merged by the one rule for shared records.
    private void AddNode(NodeRecord node)
    {
        if (_nodesById.TryGetValue(node.Id, out var existing))
        {
            var merged = SharedRecords.Merge(existing, node);
            _nodesById[node.Id] = merged;
            var sameLabel = _nodesByLabel[existing.Label];
            sameLabel[sameLabel.IndexOf(existing)] = merged;
            return;
        }

        _nodesById.Add(node.Id, node);
        _nodeIds.Add(node.Id);
        Append(_nodesByLabel, node.Label, node);
    }

    private NodeAdjacency AdjacencyOf(string nodeId)
    {
        if (!_adjacency.TryGetValue(nodeId, out var adjacency))
        {
            _adjacency[nodeId] = adjacency = new NodeAdjacency();
        }

        return adjacency;
    }

    private static void Append<TKey, TValue>(Dictionary<TKey, List<TValue>> index, TKey key, TValue value)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var values))
        {
            index[key] = values = [];
        }

        values.Add(value);
    }
}
