using KnowledgeGraph.Domain.Graph;
using static KnowledgeGraph.Storage.Neo4j.Neo4jGraphModel;

namespace KnowledgeGraph.Storage.Neo4j.Writing;

/// <summary>
/// The statements that apply batches: two reads of what the documents contributed before, then one
/// <c>UNWIND $rows AS row …</c> statement per kind of change (deletions, one merge per label, one per relationship
/// type), whatever the number of rows. Labels and types are written into the text only from
/// <see cref="NodeLabels.All"/> and <see cref="RelationshipTypes.All"/>; every value travels as a parameter.
/// </summary>
internal static class WriteStatements
{
    private const string ReadStoredNodesText =
        $$"""
        MATCH (n:{{NodeLabels.Entity}})
        WHERE n.{{IdProperty}} IN $nodeIds OR any(documentId IN n.{{DocumentIdsProperty}} WHERE documentId IN $documentIds)
        RETURN n.{{IdProperty}} AS id, n.{{DocumentIdsProperty}} AS documentIds, n.{{ContributionsProperty}} AS contributions
        """;

    private const string ReadStoredRelationshipsText =
        $$"""
        UNWIND $startIds AS startId
        MATCH (:{{NodeLabels.Entity}} {{{IdProperty}}: startId})-[r]->(:{{NodeLabels.Entity}})
        WHERE r.{{IdProperty}} IN $relationshipIds OR any(documentId IN r.{{DocumentIdsProperty}} WHERE documentId IN $documentIds)
        RETURN r.{{IdProperty}} AS id, r.{{DocumentIdsProperty}} AS documentIds, r.{{ContributionsProperty}} AS contributions
        """;

    private const string DeleteRelationshipsText =
        $$"""
        UNWIND $rows AS row
        MATCH (:{{NodeLabels.Entity}} {{{IdProperty}}: row.startId})-[r {{{IdProperty}}: row.id}]->(:{{NodeLabels.Entity}})
        DELETE r
        """;

    // A node no document holds has no relationship any document holds (both ends of one are in its batch).
    private const string DeleteNodesText =
        $$"""
        UNWIND $ids AS id
        MATCH (n:{{NodeLabels.Entity}} {{{IdProperty}}: id})
        DETACH DELETE n
        """;

    /// <summary>
    /// The nodes (rows with fields <c>id</c>, <c>documentIds</c>, <c>contributions</c>) of the given documents, and those
    /// with the given ids. Documents are found by a scan of <c>Entity</c> nodes: no index answers "this list holds".
    /// </summary>
    public static CypherStatement ReadStoredNodes(IReadOnlyCollection<string> documentIds, IReadOnlyCollection<string> nodeIds) =>
        CypherStatement.Read("ReadStoredNodes", ReadStoredNodesText, new Dictionary<string, object?>
        {
            ["nodeIds"] = nodeIds,
            ["documentIds"] = documentIds,
        });

    /// <summary>
    /// The relationships leaving the given nodes that the given documents hold or that have the given ids: every
    /// relationship of a document starts at one of its nodes, so the nodes read before are where to look.
    /// </summary>
    public static CypherStatement ReadStoredRelationships(
        IReadOnlyCollection<string> startIds, IReadOnlyCollection<string> documentIds, IReadOnlyCollection<string> relationshipIds) =>
        CypherStatement.Read("ReadStoredRelationships", ReadStoredRelationshipsText, new Dictionary<string, object?>
        {
            ["startIds"] = startIds,
            ["relationshipIds"] = relationshipIds,
            ["documentIds"] = documentIds,
        });

    /// <summary>Deletes relationships; each row names one by its <c>startId</c> and <c>id</c>.</summary>
    public static CypherStatement DeleteRelationships(IReadOnlyList<IReadOnlyDictionary<string, object?>> rows) =>
        CypherStatement.Write("DeleteRelationships", DeleteRelationshipsText, Rows(rows));

    /// <summary>Deletes nodes by id, with whatever relationships they still have.</summary>
    public static CypherStatement DeleteNodes(IReadOnlyCollection<string> ids) =>
        CypherStatement.Write("DeleteNodes", DeleteNodesText, new Dictionary<string, object?> { ["ids"] = ids });

    /// <summary>
    /// Creates or replaces nodes of one label; each row has an <c>id</c> and every <c>properties</c> the node keeps (its
    /// id and bookkeeping included: the map replaces the old one). A node whose label changed loses the old one.
    /// </summary>
    public static CypherStatement MergeNodes(string label, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows) =>
        CypherStatement.Write($"MergeNodes:{label}", MergeNodesText(label), Rows(rows));

    /// <summary>
    /// Creates or replaces relationships of one type; each row has an <c>id</c>, a <c>startId</c>, an <c>endId</c> and
    /// every <c>properties</c> the relationship keeps.
    /// </summary>
    public static CypherStatement MergeRelationships(string type, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows) =>
        CypherStatement.Write($"MergeRelationships:{type}", MergeRelationshipsText(type), Rows(rows));

    /// <summary>Every statement above, each label's and each type's merge included.</summary>
    public static IEnumerable<CypherStatementVariant> Variants()
    {
        IReadOnlyList<string> none = [];
        IReadOnlyList<IReadOnlyDictionary<string, object?>> noRows = [];
        yield return CypherStatementVariant.Of(ReadStoredNodes(none, none));
        yield return CypherStatementVariant.Of(ReadStoredRelationships(none, none, none));
        yield return CypherStatementVariant.Of(DeleteRelationships(noRows));
        yield return CypherStatementVariant.Of(DeleteNodes(none));
        foreach (var label in NodeLabels.All)
        {
            yield return CypherStatementVariant.Of(MergeNodes(label, noRows));
        }

        foreach (var type in RelationshipTypes.All)
        {
            yield return CypherStatementVariant.Of(MergeRelationships(type, noRows));
        }
    }

    private static string MergeNodesText(string label) =>
        $$"""
        UNWIND $rows AS row
        MERGE (n:{{NodeLabels.Entity}} {{{IdProperty}}: row.id})
        SET n = row.properties, n:{{Known(label, NodeLabels.All)}}
        REMOVE n:{{string.Join(':', NodeLabels.All.Where(other => other != label))}}
        """;

    private static string MergeRelationshipsText(string type) =>
        $$"""
        UNWIND $rows AS row
        MATCH (a:{{NodeLabels.Entity}} {{{IdProperty}}: row.startId})
        MATCH (b:{{NodeLabels.Entity}} {{{IdProperty}}: row.endId})
        MERGE (a)-[r:{{Known(type, RelationshipTypes.All)}} {{{IdProperty}}: row.id}]->(b)
        SET r = row.properties
        """;

    // The batch validator already refused anything else; this keeps a label out of the text even if a caller skipped it.
    private static string Known(string name, IReadOnlyList<string> model) =>
        model.Contains(name, StringComparer.Ordinal) ? name : throw new ArgumentException($"'{name}' is not in the graph model.", nameof(name));

    private static Dictionary<string, object?> Rows(IReadOnlyList<IReadOnlyDictionary<string, object?>> rows) => new() { ["rows"] = rows };
}
