using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Aggregates;
using KnowledgeGraph.Storage.Neo4j.Reading;
using KnowledgeGraph.Storage.Querying;
using KnowledgeGraph.Storage.Search;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Reading;

/// <summary>Full-text search, relationship counts, node sums and statistics, decoded from one statement each.</summary>
public sealed class SearchAndAggregateReadTests : ReaderOnFakeNeo4j
{
    private static readonly string Finance = NodeIds.Unit("凉山州财政局");
    private static readonly string Education = NodeIds.Unit("凉山州教育体育局");

    [Fact]
    public async Task Search_sends_the_text_escaped_and_marks_the_matches_itself()
    {
        var query = new SearchQuery("财政 AND (", [NodeLabels.Unit], 5);
        Answer(
            SearchStatements.Search(query),
            ["node", "score"],
            [TypedJson.Node("4:x:1", [NodeLabels.Entity, NodeLabels.Unit], ("id", Finance), (PropertyNames.Name, "凉山州财政局"), ("_contributions", new object?[] { "{}" })), 1.5]);

        var hit = Assert.Single(await Reader.SearchAsync(query, default));

        Assert.Equal((Finance, 1.5f), (hit.Node.Id, hit.Score));
        Assert.Equal((PropertyNames.Name, "凉山州财政局", new TextSpan(3, 2)), (hit.Highlight.Property, hit.Highlight.Fragment, Assert.Single(hit.Highlight.Matches)));
        Assert.DoesNotContain("_contributions", hit.Node.Properties.Keys);
        var request = Assert.Single(Sent);
        Assert.Equal(@"财政 AND \(", Parameter(request, "query")!.GetValue<string>());
        Assert.Equal([NodeLabels.Unit], Parameter(request, "labels")!.AsArray().Select(label => label!["_value"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Searching_for_nothing_asks_nothing()
    {
        Assert.Empty(await Reader.SearchAsync(new SearchQuery("  ", [], 5), default));
        Assert.Empty(await Reader.SearchAsync(new SearchQuery("财政", [], 0), default));
        Assert.Empty(Sent);
    }

    [Fact]
    public async Task Relationship_counts_come_back_per_type_in_the_order_of_the_query()
    {
        var query = new RelationshipCountQuery([RelationshipTypes.LedBy, RelationshipTypes.CoLedBy], [RelationshipTypes.CoLedBy], [], [new Containment("document:b.txt", [])], 10);
        Answer(AggregateStatements.CountRelationships(query), ["nodeId", "counts"], [Education, TypedJson.List(2L, 1L)], [Finance, TypedJson.List(3L, 0L)]);

        var counts = await Reader.CountRelationshipsAsync(query, default);

        Assert.Equal([Education, Finance], counts.Select(c => c.NodeId));
        Assert.Equal((2, 1), (counts[0].CountsByType[RelationshipTypes.LedBy], counts[0].CountsByType[RelationshipTypes.CoLedBy]));
        var request = Assert.Single(Sent);
        Assert.Equal(["0", "1"], Parameter(request, "rankWeights")!.AsArray().Select(weight => weight!["_value"]!.GetValue<string>()));
        Assert.Equal("document:b.txt", Parameter(request, "end0Ancestor")!.GetValue<string>());
    }

    [Fact]
    public async Task Counting_no_types_asks_nothing()
    {
        Assert.Empty(await Reader.CountRelationshipsAsync(new RelationshipCountQuery([], [], [], [], 10), default));
        Assert.Empty(Sent);
    }

    [Fact]
    public async Task Node_sums_keep_a_null_key_and_a_null_sum_apart_from_zero()
    {
        string[] amounts = [PropertyNames.AmountYuanMin, PropertyNames.AmountYuanMax];
        var query = new NodeSumQuery(NodeLabels.FundingLine, new GroupByRelated(RelationshipTypes.PaidBy, RelationshipDirection.Outgoing), amounts, 10);
        Answer(
            AggregateStatements.SumNodes(query),
            ["groupKey", "members", "sums"],
            [Finance, 2L, TypedJson.List(TypedJson.List(31_000_000L, 2L), TypedJson.List(32_000_000L, 2L))],
            [null, 1L, TypedJson.List(TypedJson.List(null, 0L), TypedJson.List(0L, 1L))]);

        var groups = await Reader.SumNodesAsync(query, default);

        Assert.Equal([(Finance, 2), (null, 1)], groups.Select(g => (g.Key, g.Count)));
        Assert.Equal(new PropertySum(31_000_000L, 2), groups[0].Sums[PropertyNames.AmountYuanMin]);
        Assert.Equal(new PropertySum(null, 0), groups[1].Sums[PropertyNames.AmountYuanMin]);
        Assert.Equal(new PropertySum(0L, 1), groups[1].Sums[PropertyNames.AmountYuanMax]);
        Assert.Equal("Read", Assert.Single(Sent).Body!["accessMode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Statistics_split_overall_and_per_document_rows()
    {
        Answer(
            AggregateStatements.GetStatistics(),
            ["kind", "documentId", "name", "total"],
            ["node", null, NodeLabels.Unit, 2L],
            ["node", "document:b.txt", NodeLabels.Unit, 2L],
            ["node", "document:a.txt", NodeLabels.Measure, 3L],
            ["node", null, NodeLabels.Measure, 4L],
            ["relationship", null, RelationshipTypes.LedBy, 5L],
            ["relationship", "document:b.txt", RelationshipTypes.LedBy, 1L]);

        var statistics = await Reader.GetStatisticsAsync(default);

        Assert.Equal(new Dictionary<string, int> { [NodeLabels.Measure] = 4, [NodeLabels.Unit] = 2 }, statistics.Overall.NodesByLabel);
        Assert.Equal([NodeLabels.Measure, NodeLabels.Unit], statistics.Overall.NodesByLabel.Keys);
        Assert.Equal(new Dictionary<string, int> { [RelationshipTypes.LedBy] = 5 }, statistics.Overall.RelationshipsByType);
        Assert.Equal(["document:a.txt", "document:b.txt"], statistics.Documents.Select(d => d.DocumentId));
        Assert.Empty(statistics.Documents[0].Counts.RelationshipsByType);
        Assert.Equal(new Dictionary<string, int> { [RelationshipTypes.LedBy] = 1 }, statistics.Documents[1].Counts.RelationshipsByType);
        Assert.Equal("Read", Assert.Single(Sent).Body!["accessMode"]!.GetValue<string>());
    }
}
