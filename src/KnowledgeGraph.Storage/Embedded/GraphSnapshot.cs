using System.Collections.Immutable;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Querying;

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

    public static GraphSnapshot Empty { get; } = new(ImmutableSortedDictionary.Create<string, GraphBatch>(StringComparer.Ordinal));

    private GraphSnapshot(ImmutableSortedDictionary<string, GraphBatch> batchesByDocument)
    {
        _batchesByDocument = batchesByDocument;
        Index();
    }

    /// <summary>A snapshot in which <paramref name="batch"/> replaces its document's previous batch.</summary>
    public GraphSnapshot With(GraphBatch batch) => new(_batchesByDocument.SetItem(batch.DocumentId, batch));

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
