using System.Collections.Immutable;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// What a <see cref="GraphSnapshot"/> is made of: each document's batch, and every index built from the batches, all
/// persistent collections that the next snapshot's <see cref="SnapshotUpdate"/> shares where its write does not reach.
/// </summary>
/// <param name="BatchesByDocument">Each document's batch, in document order.</param>
/// <param name="Nodes">Every node by id, with what each holding document contributed.</param>
/// <param name="Relationships">Every relationship by id, with what each holding document contributed.</param>
/// <param name="NodesByLabel">Each label's nodes, in document order.</param>
/// <param name="Adjacency">Each node's relationships, by the node's id; a node no relationship touches has none.</param>
/// <param name="EqualityIndex">The nodes by their identifying values.</param>
/// <param name="InDegreeRanking">The nodes by how many relationships of each type they receive.</param>
/// <param name="RelationshipTypeCounts">How many relationships of each type the graph holds.</param>
internal sealed record SnapshotParts(
    ImmutableSortedDictionary<string, GraphBatch> BatchesByDocument,
    ImmutableDictionary<string, SharedRecord<NodeRecord>> Nodes,
    ImmutableDictionary<string, SharedRecord<RelationshipRecord>> Relationships,
    ImmutableDictionary<string, OrderedRecords<NodeRecord>> NodesByLabel,
    ImmutableDictionary<string, NodeAdjacency> Adjacency,
    EqualityIndex EqualityIndex,
    InDegreeRanking InDegreeRanking,
    RelationshipTypeCounts RelationshipTypeCounts)
{
    /// <summary>The parts of a graph that holds no document.</summary>
    public static SnapshotParts Empty { get; } = new(
        ImmutableSortedDictionary.Create<string, GraphBatch>(SharedRecords.DocumentOrder),
        ImmutableDictionary.Create<string, SharedRecord<NodeRecord>>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, SharedRecord<RelationshipRecord>>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, OrderedRecords<NodeRecord>>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, NodeAdjacency>(StringComparer.Ordinal),
        EqualityIndex.Empty,
        InDegreeRanking.Empty,
        RelationshipTypeCounts.Empty);
}
