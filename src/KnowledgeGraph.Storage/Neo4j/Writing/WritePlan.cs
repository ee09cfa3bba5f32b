using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Changes;
using static KnowledgeGraph.Storage.Neo4j.Neo4jGraphModel;

namespace KnowledgeGraph.Storage.Neo4j.Writing;

/// <summary>
/// What one transaction must do to apply some batches, worked out from what the store keeps of their documents
/// (read back in the same transaction): the changes each batch makes against its document's previous version, and the
/// few statements that bring the store to the new state. Only records whose contributions change are written, so
/// applying batches the store already holds writes nothing.
/// </summary>
internal sealed class WritePlan
{
    private WritePlan(IReadOnlyList<GraphChanges> changes, IReadOnlyList<CypherStatement> statements)
    {
        Changes = changes;
        Statements = statements;
    }

    /// <summary>The changes of each batch, in the order given.</summary>
    public IReadOnlyList<GraphChanges> Changes { get; }

    /// <summary>The writes, in the order to run them: deletions, then nodes by label, then relationships by type.</summary>
    public IReadOnlyList<CypherStatement> Statements { get; }

    /// <summary>
    /// The plan for <paramref name="batches"/> (valid, in the order to apply them; a document may come more than once,
    /// its last batch stays), given the stored nodes and relationships their documents hold or their ids name.
    /// </summary>
    public static WritePlan Build(
        IReadOnlyList<GraphBatch> batches,
        IEnumerable<StoredContributions> storedNodes,
        IEnumerable<StoredContributions> storedRelationships)
    {
        var nodes = new ContributionTable<NodeRecord>(ContributionCodec.DecodeNode, SharedRecords.Merge);
        var relationships = new ContributionTable<RelationshipRecord>(ContributionCodec.DecodeRelationship, SharedRecords.Merge);
        foreach (var stored in storedNodes)
        {
            nodes.Load(stored);
        }

        foreach (var stored in storedRelationships)
        {
            relationships.Load(stored);
        }

        // Each batch counts against its document's latest version: an earlier batch of these, or the stored one.
        var latest = new Dictionary<string, GraphBatch>(StringComparer.Ordinal);
        var changes = new List<GraphChanges>(batches.Count);
        foreach (var batch in batches)
        {
            var previous = latest.GetValueOrDefault(batch.DocumentId) ?? StoredBatch(batch.DocumentId, nodes, relationships);
            changes.Add(GraphBatchDiff.Compare(previous, batch));
            latest[batch.DocumentId] = batch;
        }

        foreach (var batch in latest.Values)
        {
            nodes.Replace(batch.DocumentId, batch.Nodes.Select((node, position) => (node.Id, Contribution(node, position))));
            relationships.Replace(
                batch.DocumentId,
                batch.Relationships.Select((relationship, position) => (relationship.Id, Contribution(relationship, position))));
        }

        return new WritePlan(changes, [.. Writes(nodes.Changed().ToList(), relationships.Changed().ToList())]);
    }

    private static GraphBatch? StoredBatch(
        string documentId, ContributionTable<NodeRecord> nodes, ContributionTable<RelationshipRecord> relationships)
    {
        var documentNodes = nodes.Of(documentId);
        var documentRelationships = relationships.Of(documentId);
        return documentNodes.Count == 0 && documentRelationships.Count == 0
            ? null
            : new GraphBatch(documentId, documentNodes, documentRelationships);
    }

    private static Contribution<NodeRecord> Contribution(NodeRecord node, int position) =>
        new(node, position, ContributionCodec.Encode(node, position));

    private static Contribution<RelationshipRecord> Contribution(RelationshipRecord relationship, int position) =>
        new(relationship, position, ContributionCodec.Encode(relationship, position));

    private static IEnumerable<CypherStatement> Writes(
        List<ContributedRecord<NodeRecord>> nodes, List<ContributedRecord<RelationshipRecord>> relationships)
    {
        // A relationship the write keeps is merged again below; one whose document let go of it goes first, so that
        // deleting its nodes does not depend on DETACH.
        var deletedRelationships = relationships
            .Where(relationship => relationship.Merged is null && relationship.Stored is not null)
            .Select(relationship => Row(relationship.Id, ("startId", relationship.Stored!.StartId)))
            .ToList();
        if (deletedRelationships.Count > 0)
        {
            yield return WriteStatements.DeleteRelationships(deletedRelationships);
        }

        var deletedNodes = nodes.Where(node => node.Merged is null).Select(node => node.Id).ToList();
        if (deletedNodes.Count > 0)
        {
            yield return WriteStatements.DeleteNodes(deletedNodes);
        }

        foreach (var group in nodes.Where(node => node.Merged is not null).GroupBy(node => node.Merged!.Label).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            yield return WriteStatements.MergeNodes(
                group.Key,
                [.. group.Select(node => Row(node.Id, ("properties", Properties(node, node.Merged!.Properties))))]);
        }

        foreach (var group in relationships.Where(r => r.Merged is not null).GroupBy(r => r.Merged!.Type).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            yield return WriteStatements.MergeRelationships(
                group.Key,
                [
                    .. group.Select(relationship => Row(
                        relationship.Id,
                        ("startId", relationship.Merged!.StartId),
                        ("endId", relationship.Merged.EndId),
                        ("properties", Properties(relationship, relationship.Merged.Properties)))),
                ]);
        }
    }

    // Everything the record keeps in Neo4j: its id, its merged properties (Neo4j stores no nulls) and the bookkeeping.
    private static Dictionary<string, object?> Properties<TRecord>(ContributedRecord<TRecord> record, IReadOnlyDictionary<string, object?> merged)
        where TRecord : class
    {
        var properties = merged.Where(property => property.Value is not null).ToDictionary(StringComparer.Ordinal);
        properties[IdProperty] = record.Id;
        properties[DocumentIdsProperty] = record.DocumentIds;
        properties[ContributionsProperty] = record.Contributions;
        properties[DocumentIdProperty] = record.DocumentIds[0];
        properties[PositionProperty] = (long)record.Position;
        return properties;
    }

    private static Dictionary<string, object?> Row(string id, params (string Name, object? Value)[] fields)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = id };
        foreach (var (name, value) in fields)
        {
            row[name] = value;
        }

        return row;
    }
}
