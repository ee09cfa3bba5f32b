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
    private readonly Dictionary<(string NodeId, string Type), List<RelationshipRecord>> _outgoing = [];
    private readonly Dictionary<(string NodeId, string Type), List<RelationshipRecord>> _incoming = [];
    private readonly Dictionary<string, List<RelationshipRecord>> _touching = new(StringComparer.Ordinal);
    private readonly List<string> _nodeIds = [];
    private readonly List<RelationshipRecord> _relationships = [];

    public static GraphSnapshot Empty { get; } = new(ImmutableSortedDictionary.Create<string, GraphBatch>(StringComparer.Ordinal));

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

    public IReadOnlyList<RelationshipRecord> Relationships(string nodeId, RelationshipDirection direction, string type)
    {
        var index = direction == RelationshipDirection.Outgoing ? _outgoing : _incoming;
        return index.TryGetValue((nodeId, type), out var relationships) ? relationships : [];
    }

    /// <summary>
    /// The steps a traversal standing on a node may take: each relationship of the given types (empty for all) that
    /// may be followed in the given direction, with the node it leads to.
    /// </summary>
    public IEnumerable<(RelationshipRecord Relationship, string NeighbourId)> Steps(
        string nodeId, TraversalDirection direction, IReadOnlyCollection<string> types)
    {
        var touching = _touching.TryGetValue(nodeId, out var relationships) ? relationships : [];
        foreach (var relationship in touching.Where(r => types.Count == 0 || types.Contains(r.Type)))
        {
            if (relationship.StartId == nodeId && direction != TraversalDirection.Incoming)
            {
                yield return (relationship, relationship.EndId);
            }
            else if (relationship.EndId == nodeId && direction != TraversalDirection.Outgoing)
            {
                yield return (relationship, relationship.StartId);
            }
        }
    }

    // Batches are indexed in document-id order, so "document order" is the same after every restart.
    private void Index()
    {
        var seenRelationships = new HashSet<string>(StringComparer.Ordinal);
        foreach (var batch in _batchesByDocument.Values)
        {
            foreach (var node in batch.Nodes)
            {
                AddNode(node);
            }

            foreach (var relationship in batch.Relationships.Where(r => seenRelationships.Add(r.Id)))
            {
                Append(_outgoing, (relationship.StartId, relationship.Type), relationship);
                Append(_incoming, (relationship.EndId, relationship.Type), relationship);
                Append(_touching, relationship.StartId, relationship);
                if (relationship.EndId != relationship.StartId)
                {
                    Append(_touching, relationship.EndId, relationship);
                }

                _relationships.Add(relationship);
            }
        }
    }

    // A node that several documents mention is one node: the first document's properties, every document's aliases.
    private void AddNode(NodeRecord node)
    {
        if (_nodesById.TryGetValue(node.Id, out var existing))
        {
            var merged = NodeMerger.Merge(existing, node);
            _nodesById[node.Id] = merged;
            var sameLabel = _nodesByLabel[existing.Label];
            sameLabel[sameLabel.IndexOf(existing)] = merged;
            return;
        }

        _nodesById.Add(node.Id, node);
        _nodeIds.Add(node.Id);
        Append(_nodesByLabel, node.Label, node);
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
