using System.Collections.Immutable;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Changes;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// Builds the snapshot that follows a write from the one before it: only the records the write's documents held before
/// or hold now are merged again, and only their label lists, their <see cref="EqualityIndex"/> groups and the adjacency
/// of their end nodes are copied (each a path of a persistent tree); everything else is the previous snapshot's, shared.
/// </summary>
internal sealed class SnapshotUpdate(
    ImmutableSortedDictionary<string, GraphBatch> batchesByDocument,
    ImmutableDictionary<string, SharedRecord<NodeRecord>> nodes,
    ImmutableDictionary<string, SharedRecord<RelationshipRecord>> relationships,
    ImmutableDictionary<string, OrderedRecords<NodeRecord>> nodesByLabel,
    ImmutableDictionary<string, NodeAdjacency> adjacency,
    EqualityIndex equalityIndex)
{
    private readonly HolderChanges<NodeRecord> _nodeHolders = new(nodes, node => node.Id, SharedRecords.Merge, GraphBatchDiff.SameNode);

    private readonly HolderChanges<RelationshipRecord> _relationshipHolders =
        new(relationships, relationship => relationship.Id, SharedRecords.Merge, GraphBatchDiff.SameRelationship);

    /// <summary>Replaces each document's batch with its new one (one batch per document).</summary>
    public (GraphSnapshot Snapshot, NodeChanges Nodes) Apply(IEnumerable<GraphBatch> batches)
    {
        var batchesAfter = batchesByDocument.ToBuilder();
        foreach (var batch in batches)
        {
            if (batchesAfter.GetValueOrDefault(batch.DocumentId) is { } previous)
            {
                _nodeHolders.Forget(previous.DocumentId, previous.Nodes);
                _relationshipHolders.Forget(previous.DocumentId, previous.Relationships);
            }

            _nodeHolders.Hold(batch.DocumentId, batch.Nodes);
            _relationshipHolders.Hold(batch.DocumentId, batch.Relationships);
            batchesAfter[batch.DocumentId] = batch;
        }

        var (nodesAfter, changedNodes) = _nodeHolders.Complete();
        var (relationshipsAfter, changedRelationships) = _relationshipHolders.Complete();
        var snapshot = new GraphSnapshot(
            batchesAfter.ToImmutable(),
            nodesAfter,
            relationshipsAfter,
            RecordGroups.Regroup(nodesByLabel, changedNodes, node => [node.Label]),
            Readjust(changedRelationships),
            equalityIndex.With(changedNodes));
        return (snapshot, new NodeChanges(
            [.. changedNodes.Where(change => change.After is not null && !ReferenceEquals(change.Before?.Record, change.After.Record)).Select(change => change.After!.Record)],
            [.. changedNodes.Where(change => change.After is null).Select(change => change.Before!.Record.Id)]));
    }

    // Each changed relationship leaves the adjacency of the nodes it joined and joins that of the nodes it joins now.
    private ImmutableDictionary<string, NodeAdjacency> Readjust(IReadOnlyList<(SharedRecord<RelationshipRecord>? Before, SharedRecord<RelationshipRecord>? After)> changed)
    {
        var removed = new Dictionary<string, List<Positioned<RelationshipRecord>>>(StringComparer.Ordinal);
        var added = new Dictionary<string, List<Positioned<RelationshipRecord>>>(StringComparer.Ordinal);
        foreach (var (before, after) in changed)
        {
            if (before is not null)
            {
                AtEnds(removed, before.Positioned);
            }

            if (after is not null)
            {
                AtEnds(added, after.Positioned);
            }
        }

        var adjacencyAfter = adjacency.ToBuilder();
        foreach (var nodeId in removed.Keys.Union(added.Keys, StringComparer.Ordinal))
        {
            var next = adjacencyAfter.GetValueOrDefault(nodeId, NodeAdjacency.Empty(nodeId))
                .With(removed.GetValueOrDefault(nodeId) ?? [], added.GetValueOrDefault(nodeId) ?? []);
            if (next.Degree == 0)
            {
                adjacencyAfter.Remove(nodeId);
            }
            else
            {
                adjacencyAfter[nodeId] = next;
            }
        }

        return adjacencyAfter.ToImmutable();
    }

    // A self-loop is listed once at its node.
    private static void AtEnds(Dictionary<string, List<Positioned<RelationshipRecord>>> byNode, Positioned<RelationshipRecord> relationship)
    {
        foreach (var nodeId in new[] { relationship.Record.StartId, relationship.Record.EndId }.Distinct(StringComparer.Ordinal))
        {
            if (!byNode.TryGetValue(nodeId, out var relationships))
            {
                byNode[nodeId] = relationships = [];
            }

            relationships.Add(relationship);
        }
    }
}
