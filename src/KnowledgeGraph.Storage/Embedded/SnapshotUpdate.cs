using System.Collections.Immutable;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Changes;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// Builds the snapshot that follows a write from the one before it (its <paramref name="predecessor"/>): only the records
/// the write's documents held before or hold now are merged again, and only their label lists, their
/// <see cref="EqualityIndex"/> groups, the adjacency of their end nodes and those nodes' places in the
/// <see cref="InDegreeRanking"/> are copied (each a path of a persistent tree); everything else is the previous
/// snapshot's, shared. What is new to the graph, as most of a bulk load is, is built in one pass instead: a new node's
/// relationship groups from all its relationships at once, a new group's tree from its sorted records.
/// </summary>
internal sealed class SnapshotUpdate(SnapshotParts predecessor)
{
    private readonly HolderChanges<NodeRecord> _nodeHolders = new(predecessor.Nodes, node => node.Id, SharedRecords.Merge, GraphBatchDiff.SameNode);

    private readonly HolderChanges<RelationshipRecord> _relationshipHolders =
        new(predecessor.Relationships, relationship => relationship.Id, SharedRecords.Merge, GraphBatchDiff.SameRelationship);

    /// <summary>Replaces each document's batch with its new one (one batch per document).</summary>
    public (GraphSnapshot Snapshot, NodeChanges Nodes) Apply(IEnumerable<GraphBatch> batches)
    {
        var batchesAfter = predecessor.BatchesByDocument.ToBuilder();
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
        var (adjacencyAfter, inDegreesAfter) = Readjust(changedRelationships);
        var snapshot = new GraphSnapshot(new SnapshotParts(
            batchesAfter.ToImmutable(),
            nodesAfter,
            relationshipsAfter,
            RecordGroups.Regroup(predecessor.NodesByLabel, changedNodes, node => [node.Label]),
            adjacencyAfter,
            predecessor.EqualityIndex.With(changedNodes),
            inDegreesAfter,
            predecessor.RelationshipTypeCounts.With(changedRelationships)));
        return (snapshot, new NodeChanges(
            [.. changedNodes.Where(change => change.After is not null && !ReferenceEquals(change.Before?.Record, change.After.Record)).Select(change => change.After!.Record)],
            [.. changedNodes.Where(change => change.After is null).Select(change => change.Before!.Record.Id)]));
    }

    // Each changed relationship leaves the adjacency of the nodes it joined and joins that of the nodes it joins now;
    // the nodes it ends at move in the in-degree ranking of its type.
    private (ImmutableDictionary<string, NodeAdjacency> Adjacency, InDegreeRanking InDegrees) Readjust(IReadOnlyList<(SharedRecord<RelationshipRecord>? Before, SharedRecord<RelationshipRecord>? After)> changed)
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

        var adjacencyAfter = predecessor.Adjacency.ToBuilder();
        var inDegreeChanges = new List<(string NodeId, string Type, int Before, int After)>();
        foreach (var nodeId in removed.Keys.Union(added.Keys, StringComparer.Ordinal))
        {
            var removedHere = removed.GetValueOrDefault(nodeId) ?? [];
            var addedHere = added.GetValueOrDefault(nodeId) ?? [];
            // A node new to the graph, as most of a bulk load's are, gets its adjacency built in one pass.
            var (previous, next) = adjacencyAfter.TryGetValue(nodeId, out var known)
                ? (known, known.With(removedHere, addedHere))
                : (NodeAdjacency.Empty(nodeId), NodeAdjacency.Of(nodeId, addedHere));
            foreach (var type in removedHere.Concat(addedHere).Where(r => r.Record.EndId == nodeId).Select(r => r.Record.Type).Distinct(StringComparer.Ordinal))
            {
                inDegreeChanges.Add((nodeId, type,
                    previous.Relationships(RelationshipDirection.Incoming, type).Count, next.Relationships(RelationshipDirection.Incoming, type).Count));
            }

            if (next.Degree == 0)
            {
                adjacencyAfter.Remove(nodeId);
            }
            else
            {
                adjacencyAfter[nodeId] = next;
            }
        }

        return (adjacencyAfter.ToImmutable(), predecessor.InDegreeRanking.With(inDegreeChanges));
    }

    // A self-loop is listed once at its node.
    private static void AtEnds(Dictionary<string, List<Positioned<RelationshipRecord>>> byNode, Positioned<RelationshipRecord> relationship)
    {
        At(relationship.Record.StartId);
        if (relationship.Record.EndId != relationship.Record.StartId)
        {
            At(relationship.Record.EndId);
        }

        void At(string nodeId)
        {
            if (!byNode.TryGetValue(nodeId, out var relationships))
            {
                byNode[nodeId] = relationships = [];
            }

            relationships.Add(relationship);
        }
    }
}
