using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Aggregates;
using KnowledgeGraph.Storage.Changes;
using KnowledgeGraph.Storage.Querying;
using KnowledgeGraph.Storage.Search;
using KnowledgeGraph.Storage.Traversal;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The port every graph store implements (embedded or Neo4j). Reads take many keys at once so that DataLoaders
/// can batch a page's worth of lookups into one call; queries are store operations, never Cypher in a resolver.
/// </summary>
public interface IGraphStore
{
    /// <summary>
    /// Applies one document's batch atomically: whatever an earlier version of the same document contributed is
    /// replaced, and readers see either the old graph or the new one, never a mix. Returns what changed against the
    /// document's previous version as the store keeps it (<see cref="GraphBatchDiff"/>). A batch that fails validation
    /// (<see cref="GraphBatchValidator"/>) throws <see cref="ArgumentException"/> and changes nothing. A node or
    /// relationship several documents hold is one record, merged by <see cref="SharedRecords"/> whatever order the
    /// documents came in; a document that stops naming it takes back only its own contribution. Document order, where a
    /// read keeps it, is by the first document holding a record (<see cref="SharedRecords.DocumentOrder"/>), then by
    /// the record's position in that document's batch.
    /// </summary>
    Task<GraphChanges> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies many batches, as start-up loads the corpus: the graph afterwards, and the changes reported for each batch
    /// (in the order given, each against its document's version just before it, which may be an earlier batch of the
    /// same call), are those of <see cref="ApplyAsync"/> on each batch in turn, and a store that rebuilds or commits per
    /// change does it as few times as it can (start-up would otherwise cost the square of the corpus). When any batch
    /// fails validation this throws <see cref="ArgumentException"/> before anything is written, and changes nothing.
    /// Atomicity is per batch, not per call: each document changes whole (readers see its old version or its new
    /// one), but a store may commit the batches in several steps, in order, so readers may see the first documents of
    /// the call before the last, and a failure part-way leaves the batches before it applied. Applying is idempotent,
    /// so running the call again completes it, and running it against a store that already holds the batches changes
    /// nothing. The embedded store swaps everything in at once; the Neo4j store commits consecutive batches in
    /// explicit transactions holding a bounded number of records (a transaction idles out after 60 s on the server).
    /// </summary>
    Task<IReadOnlyList<GraphChanges>> ApplyAllAsync(IReadOnlyList<GraphBatch> batches, CancellationToken cancellationToken = default);

    /// <summary>
    /// The nodes with the given ids, in the order given; ids that do not exist are left out. In Cypher, one statement
    /// per batch: <c>UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n</c>.
    /// </summary>
    Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of the nodes of a label that match a filter, in the requested order, with the total count, both from one
    /// read. A node without a property sorts after those with it in either direction, never meets a comparison on it
    /// (but <c>eq: null</c>) and always meets the comparison's negation (see <see cref="NodeQuery"/>). In Cypher (label
    /// and property names written in, checked; values as parameters):
    /// <c>RETURN COUNT { MATCH (n:Measure) WHERE &lt;filter&gt; } AS total, COLLECT { MATCH (n:Measure) WHERE &lt;filter&gt;
    /// RETURN n ORDER BY n.`year` IS NULL, n.`year` DESC, &lt;document order&gt; SKIP $skip LIMIT $limit } AS page</c>, a
    /// negated comparison written <c>NOT coalesce(n.`payer` = $f0, false)</c>. A window counted from the end
    /// (<c>last</c>) needs the total to place it, so it may cost a second such statement.
    /// </summary>
    Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Relationships of one type that start at (<see cref="RelationshipDirection.Outgoing"/>) or end at
    /// (<see cref="RelationshipDirection.Incoming"/>) any of the given nodes, node by node in the order given (each once),
    /// each node's in document order. In Cypher (type written in, checked; arrow per direction):
    /// <c>UNWIND $ids AS id MATCH (n:Entity {id: id})-[r:LED_BY]-&gt;() RETURN id, r ORDER BY r._documentId, r._position</c>.
    /// </summary>
    Task<IReadOnlyList<RelationshipRecord>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds,
        RelationshipDirection direction,
        string type,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// For each of the given nodes (each once, missing ones with a count of zero), how many relationships of one type
    /// start at it (<see cref="RelationshipDirection.Outgoing"/>) or end at it (<see cref="RelationshipDirection.Incoming"/>),
    /// and the first <paramref name="firstPerNode"/> of them in the order of <see cref="GetRelationshipsAsync"/>: a
    /// connection's <c>totalCount</c> and page cost the page, not the node's degree. In Cypher (type written in, checked;
    /// arrow per direction): <c>UNWIND $ids AS id OPTIONAL MATCH (n:Entity {id: id}) RETURN id,
    /// COUNT { (n)-[:LED_BY]-&gt;() } AS total, COLLECT { MATCH (n)-[r:LED_BY]-&gt;() WITH r ORDER BY r._documentId,
    /// r._position LIMIT $first RETURN r } AS first</c>.
    /// </summary>
    Task<IReadOnlyList<RelationshipSlice>> GetRelationshipSlicesAsync(
        IReadOnlyCollection<string> nodeIds,
        RelationshipDirection direction,
        string type,
        int firstPerNode,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// The subgraph around a node, or null when no node has the start id. In Cypher, one statement (arrow per direction;
    /// the depth written in as a literal, checked, since a quantifier's bounds cannot be parameters; <c>:$any($types)</c>
    /// left out for every type): <c>MATCH (s:Entity {id: $startId}) MATCH p = SHORTEST 1 (s)-[:$any($types)]-{0,2}(n:Entity)
    /// WITH n, length(p) AS distance ORDER BY distance, n.id LIMIT $nodeLimit WITH collect(n) AS reached
    /// WITH reached[..$maxNodes] AS nodes, size(reached) &gt; $maxNodes AS truncated RETURN nodes, truncated,
    /// COLLECT { UNWIND nodes AS a MATCH (a)-[r:$any($types)]-&gt;(b) WHERE b IN nodes WITH r ORDER BY r.id RETURN r }</c>.
    /// </summary>
    Task<Subgraph?> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every shortest path between two nodes up to a length, over any relationship either way, ordered by the ids of
    /// their nodes and then of their relationships; empty when either node is missing or none is that near. In Cypher
    /// (the length written in as a literal, checked): <c>MATCH p = ALL SHORTEST (a:Entity {id: $fromId})-[]-{0,4}(b:Entity
    /// {id: $toId}) RETURN p ORDER BY [n IN nodes(p) | n.id], [r IN relationships(p) | r.id] LIMIT $maxPaths</c>.
    /// </summary>
    Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(PathQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Nodes whose <see cref="SearchFields"/> match a text under CJK bigram analysis, best first, each with a
    /// highlight; equal scores in document order. In Cypher (the text with Lucene's syntax escaped, the label filter left
    /// out when no labels are given; highlights computed from the nodes):
    /// <c>CALL db.index.fulltext.queryNodes('entityText', $query) YIELD node, score WHERE any(label IN labels(node) WHERE
    /// label IN $labels) RETURN node, score ORDER BY score DESC, node._documentId, node._position LIMIT $maxHits</c>.
    /// </summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The nodes that receive the most relationships of some types, with counts per type: by the summed count of the
    /// ranking types descending, then by the total, then by each type's count in the order given, then by id. In
    /// Cypher (no types counts nothing and sends nothing): <c>MATCH (s:Entity)-[r:$any($types)]-&gt;(e:Entity) WHERE
    /// EXISTS { (s)-[:$any($start0Via)]-&gt;{0,}(:Entity {id: $start0Ancestor}) } AND … WITH e, type(r) AS
    /// relationshipType, count(r) AS n WITH e, collect([relationshipType, n]) AS counted WITH e, [t IN $types | …] AS
    /// counts … RETURN e.id, counts ORDER BY ranked DESC, total DESC, counts DESC, e.id LIMIT $maxResults</c> (lists
    /// compare element by element).
    /// </summary>
    Task<IReadOnlyList<RelationshipCounts>> CountRelationshipsAsync(RelationshipCountQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Nodes of a label in groups, with their count and the sums of some properties, largest first (the Cypher of each
    /// grouping is on <see cref="GroupByProperty"/> and <see cref="GroupByRelated"/>).
    /// </summary>
    Task<IReadOnlyList<NodeGroup>> SumNodesAsync(NodeSumQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Counts of nodes by label and relationships by type, overall and per document. In Cypher, one statement:
    /// <c>MATCH (n:Entity) WITH [l IN labels(n) WHERE l &lt;&gt; 'Entity'][0] AS name, n UNWIND [null] + n._documentIds AS
    /// documentId RETURN 'node' AS kind, documentId, name, count(*) UNION ALL MATCH ()-[r]-&gt;() UNWIND [null] +
    /// r._documentIds AS documentId RETURN 'relationship' AS kind, documentId, type(r) AS name, count(*)</c>, a null
    /// document standing for the whole graph.
    /// </summary>
    Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);
}
