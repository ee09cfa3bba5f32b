namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// How the graph is laid out in Neo4j, shared by the writer and the reader. Every node has the label
/// <c>Entity</c> and its own label, its id in <see cref="IdProperty"/> and its properties as Neo4j properties; every
/// relationship has its type, its id and its properties. The bookkeeping properties below (prefixed with an
/// underscore, never part of a <c>NodeRecord</c> or <c>RelationshipRecord</c>) let the store answer what the embedded
/// store knows from its batches.
/// </summary>
internal static class Neo4jGraphModel
{
    /// <summary>The id of a node or relationship (unique for nodes: a constraint).</summary>
    public const string IdProperty = "id";

    /// <summary>
    /// On a relationship: the document whose batch holds it. On a node, and on a relationship several documents hold:
    /// the first of them in <c>SharedRecords.DocumentOrder</c>, whose position counts.
    /// </summary>
    public const string DocumentIdProperty = "_documentId";

    /// <summary>
    /// On a relationship, and on a node: its position (an integer) in the batch of the document named by
    /// <see cref="DocumentIdProperty"/>. Document order is (<see cref="DocumentIdProperty"/>,
    /// <see cref="PositionProperty"/>), ascending, as in the embedded store; each label has a range index on the pair.
    /// </summary>
    public const string PositionProperty = "_position";

    /// <summary>
    /// On a node and on a relationship: the ids of the documents whose batches hold it (a list of strings, in
    /// <c>SharedRecords.DocumentOrder</c>).
    /// </summary>
    public const string DocumentIdsProperty = "_documentIds";

    /// <summary>
    /// On a node and on a relationship: what each document of <see cref="DocumentIdsProperty"/> (same positions) said of
    /// it, as JSON texts (<c>Writing.ContributionCodec</c>). The record's own properties are these merged by
    /// <c>SharedRecords.Merge</c>; the writer reads them back to count a document's changes and to merge again.
    /// </summary>
    public const string ContributionsProperty = "_contributions";

    /// <summary>The full-text index (analyzer <c>cjk</c>) over the <c>SearchFields</c> of every label.</summary>
    public const string FullTextIndexName = "entityText";
}
