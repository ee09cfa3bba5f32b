using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Aggregates;
using KnowledgeGraph.Storage.Neo4j.Reading;
using KnowledgeGraph.Storage.Querying;
using KnowledgeGraph.Storage.Search;
using KnowledgeGraph.Storage.Traversal;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The read operations of <see cref="IGraphStore"/> in Cypher, each run with <see cref="AccessMode.Read"/>: every call
/// is one statement (one HTTP request), whatever the number of ids in a batch; the statements are in
/// <see cref="Reading"/>, with the decoding of their results.
/// </summary>
internal sealed class Neo4jGraphReader(ICypherRunner runner)
{
    // Analyzers are thread-safe: one serves the highlights of every search.
    private static readonly Lucene.Net.Analysis.Analyzer HighlightAnalyzer = CjkAnalysis.CreateAnalyzer();

    /// <summary>Every statement this class can send, with each variant a runtime choice can produce (for linting).</summary>
    public static IEnumerable<CypherStatementVariant> StatementVariants() => ReadStatementVariants.All();

    public async Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await runner.RunAsync(NodeStatements.GetNodes(ids), cancellationToken);
        var byId = result.Records
            .Select(record => GraphRecordDecoder.Node(record.Get<CypherNode>("n")))
            .ToDictionary(node => node.Id, StringComparer.Ordinal);
        return ids.Select(id => byId.GetValueOrDefault(id)).OfType<NodeRecord>().ToList();
    }

    /// <summary>
    /// The count and the rows around the window in one statement. The rows to read depend on the total only for a window
    /// counted from the end (<c>last</c>): the first statement assumes the window's reach (or reads just the count), and
    /// when the total it returns places the window elsewhere, another statement reads the count and that window together.
    /// A graph that keeps changing under the reads gets the last statement's rows of the window after a few tries.
    /// </summary>
    public async Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        const int MostStatements = 3;
        var (skip, limit) = query.Window.Resolve(query.Window.Reach ?? int.MaxValue);
        for (var statements = 1; ; statements++)
        {
            var record = (await runner.RunAsync(NodeStatements.FindNodes(query, skip, limit), cancellationToken)).Records.Single();
            var total = checked((int)record.Get<long>("total"));
            var rows = GraphRecordDecoder.List(record["page"], value => GraphRecordDecoder.Node((CypherNode)value!));
            var (offset, count) = query.Window.Resolve(total);
            if ((offset >= skip && offset + count <= skip + rows.Count) || statements == MostStatements)
            {
                return new NodePage([.. rows.Skip(Math.Max(0, offset - skip)).Take(count)], offset, total);
            }

            (skip, limit) = (offset, count);
        }
    }

    public async Task<IReadOnlyList<RelationshipRecord>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds, RelationshipDirection direction, string type, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        var ids = nodeIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await runner.RunAsync(RelationshipStatements.GetRelationships(ids, direction, type), cancellationToken);
        // Rows come in document order; grouping keeps it within each node, and the nodes go in the order asked.
        var byNode = result.Records.ToLookup(record => record.Get<string>("id"), record => GraphRecordDecoder.Relationship(record["relationship"]), StringComparer.Ordinal);
        return ids.SelectMany(id => byNode[id]).ToList();
    }

    public async Task<IReadOnlyList<RelationshipSlice>> GetRelationshipSlicesAsync(
        IReadOnlyCollection<string> nodeIds, RelationshipDirection direction, string type, int firstPerNode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        ArgumentOutOfRangeException.ThrowIfNegative(firstPerNode);
        var ids = nodeIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await runner.RunAsync(RelationshipStatements.GetRelationshipSlices(ids, direction, type, firstPerNode), cancellationToken);
        var byNode = result.Records.ToDictionary(
            record => record.Get<string>("id"),
            record => new RelationshipSlice(
                record.Get<string>("id"),
                checked((int)record.Get<long>("total")),
                GraphRecordDecoder.List(record["first"], GraphRecordDecoder.Relationship)),
            StringComparer.Ordinal);
        return ids.Select(id => byNode[id]).ToList();
    }

    public async Task<Subgraph?> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var record = (await runner.RunAsync(TraversalStatements.GetNeighborhood(query), cancellationToken)).Records.Single();
        var nodes = GraphRecordDecoder.List(record["nodes"], value => GraphRecordDecoder.Node((CypherNode)value!));
        return nodes.Count == 0
            ? null
            : new Subgraph(nodes, GraphRecordDecoder.List(record["relationships"], GraphRecordDecoder.Relationship), record.Get<bool>("truncated"));
    }

    public async Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(PathQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.MaxPaths <= 0)
        {
            return [];
        }

        var result = await runner.RunAsync(TraversalStatements.FindShortestPaths(query), cancellationToken);
        return result.Records.Select(record => GraphRecordDecoder.Path(record.Get<CypherPath>("p"))).ToList();
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (string.IsNullOrWhiteSpace(query.Text) || query.MaxHits <= 0)
        {
            return [];
        }

        var result = await runner.RunAsync(SearchStatements.Search(query), cancellationToken);
        // Neo4j's index returns no highlights: they are computed here, by the analysis the index uses.
        var highlighter = new CjkHighlighter(HighlightAnalyzer, query.Text);
        return result.Records
            .Select(record =>
            {
                var node = GraphRecordDecoder.Node(record.Get<CypherNode>("node"));
                return new SearchHit(node, (float)record.Get<double>("score"), highlighter.Highlight(node));
            })
            .ToList();
    }

    public async Task<IReadOnlyList<RelationshipCounts>> CountRelationshipsAsync(RelationshipCountQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Types.Count == 0 || query.MaxResults <= 0)
        {
            return [];
        }

        var result = await runner.RunAsync(AggregateStatements.CountRelationships(query), cancellationToken);
        return result.Records
            .Select(record =>
            {
                var counts = GraphRecordDecoder.List(record["counts"], count => checked((int)(long)count!));
                return new RelationshipCounts(
                    record.Get<string>("nodeId"),
                    query.Types.Zip(counts).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal));
            })
            .ToList();
    }

    public async Task<IReadOnlyList<NodeGroup>> SumNodesAsync(NodeSumQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.MaxGroups <= 0)
        {
            return [];
        }

        var result = await runner.RunAsync(AggregateStatements.SumNodes(query), cancellationToken);
        return result.Records
            .Select(record =>
            {
                var sums = GraphRecordDecoder.List(record["sums"], value =>
                {
                    var pair = (IReadOnlyList<object?>)value!;
                    return new PropertySum((long?)pair[0], checked((int)(long)pair[1]!));
                });
                return new NodeGroup(
                    (string?)record["groupKey"],
                    checked((int)record.Get<long>("members")),
                    query.SumProperties.Zip(sums).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal));
            })
            .ToList();
    }

    public async Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        var result = await runner.RunAsync(AggregateStatements.GetStatistics(), cancellationToken);
        var rows = result.Records
            .Select(record => (
                Kind: record.Get<string>("kind"),
                DocumentId: (string?)record["documentId"],
                Name: record.Get<string>("name"),
                Count: checked((int)record.Get<long>("total"))))
            .ToList();

        GraphCounts CountsOf(string? documentId) => new(
            Counted(rows.Where(row => row.DocumentId == documentId && row.Kind == "node").Select(row => (row.Name, row.Count))),
            Counted(rows.Where(row => row.DocumentId == documentId && row.Kind == "relationship").Select(row => (row.Name, row.Count))));

        var documents = rows.Select(row => row.DocumentId).OfType<string>().Distinct().Order(StringComparer.Ordinal);
        return new GraphStatistics(CountsOf(null), documents.Select(id => new DocumentCounts(id, CountsOf(id))).ToList());
    }

    private static SortedDictionary<string, int> Counted(IEnumerable<(string Name, int Count)> counts) =>
        new(counts.ToDictionary(count => count.Name, count => count.Count), StringComparer.Ordinal);
}
