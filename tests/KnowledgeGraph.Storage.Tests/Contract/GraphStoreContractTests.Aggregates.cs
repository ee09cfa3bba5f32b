using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Aggregates;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Storage.Tests.Contract;

/// <summary>Relationship counts and graph statistics.</summary>
public abstract partial class GraphStoreContractTests
{
    private static readonly string[] Responsibility = [RelationshipTypes.LedBy, RelationshipTypes.CoLedBy];

    private static GraphBatch SharedDocument() => TestGraph.Document("b.txt")
        .Unit("凉山州财政局")
        .Unit("凉山州教育体育局")
        .Measure(1, "落实经费", "凉山州财政局")
        .SharedBy(1, "凉山州教育体育局")
        .Build();

    private static Dictionary<string, (int Lead, int Co)> ByUnit(IEnumerable<RelationshipCounts> counts) =>
        counts.ToDictionary(c => c.NodeId, c => (c.CountsByType[RelationshipTypes.LedBy], c.CountsByType[RelationshipTypes.CoLedBy]));

    [SkippableFact]
    public async Task Relationship_counts_rank_end_nodes_by_total_then_by_type_order()
    {
        var store = await StoreWith(FinanceDocument(), SharedDocument());

        var counts = await store.CountRelationshipsAsync(new RelationshipCountQuery(Responsibility, [], [], [], 10));

        // Finance leads 2, 3 and b/1 (3 + 0); education leads 1 and 2 and shares b/1 (2 + 1): equal totals, more led wins.
        Assert.Equal([Finance, Education], counts.Select(c => c.NodeId));
        Assert.Equal((3, 0), ByUnit(counts)[Finance]);
        Assert.Equal((2, 1), ByUnit(counts)[Education]);
        Assert.All(counts, c => Assert.Equal(3, c.Total));
    }

    [SkippableFact]
    public async Task Relationship_counts_rank_by_the_chosen_types_first()
    {
        var store = await StoreWith(FinanceDocument(), SharedDocument(), TestGraph.Document("c.txt")
            .Unit("凉山州教育体育局").Unit("凉山州财政局").Measure(1, "再落实", "凉山州财政局").SharedBy(1, "凉山州教育体育局").Build());

        var byShared = await store.CountRelationshipsAsync(new RelationshipCountQuery(Responsibility, [RelationshipTypes.CoLedBy], [], [], 10));
        var byTotal = await store.CountRelationshipsAsync(new RelationshipCountQuery(Responsibility, [], [], [], 10));

        // Finance: 4 led, 0 shared; education: 2 led, 2 shared.
        Assert.Equal([Education, Finance], byShared.Select(c => c.NodeId));
        Assert.Equal([Finance, Education], byTotal.Select(c => c.NodeId));
    }

    [SkippableFact]
    public async Task Relationship_counts_only_count_relationships_inside_the_containments()
    {
        var store = await StoreWith(FinanceDocument(), SharedDocument());
        var partOf = new[] { RelationshipTypes.PartOf };

        var inB = await store.CountRelationshipsAsync(
            new RelationshipCountQuery(Responsibility, [], [new Containment(NodeIds.Document("b.txt"), partOf)], [], 10));
        var financeOnly = await store.CountRelationshipsAsync(
            new RelationshipCountQuery(Responsibility, [], [], [new Containment(Finance, partOf)], 10));
        var nowhere = await store.CountRelationshipsAsync(new RelationshipCountQuery(
            Responsibility, [], [new Containment(NodeIds.Document("a.txt"), partOf), new Containment(NodeIds.Document("b.txt"), partOf)], [], 10));
        var top = await store.CountRelationshipsAsync(new RelationshipCountQuery(Responsibility, [], [], [], 1));

        Assert.Equal((1, 0), ByUnit(inB)[Finance]);
        Assert.Equal((0, 1), ByUnit(inB)[Education]);
        Assert.Equal([Finance], financeOnly.Select(c => c.NodeId));
        Assert.Empty(nowhere);
        Assert.Single(top);
    }

    [SkippableFact]
    public async Task Statistics_count_nodes_and_relationships_overall_and_per_document()
    {
        var store = await StoreWith(FinanceDocument(), SharedDocument());

        var statistics = await store.GetStatisticsAsync();

        // The two units are one node each overall, but each document that names them counts them.
        Assert.Equal(new Dictionary<string, int> { [NodeLabels.Document] = 2, [NodeLabels.Measure] = 4, [NodeLabels.Unit] = 2 }, statistics.Overall.NodesByLabel);
        Assert.Equal(new Dictionary<string, int> { [RelationshipTypes.CoLedBy] = 1, [RelationshipTypes.LedBy] = 5, [RelationshipTypes.PartOf] = 4 }, statistics.Overall.RelationshipsByType);
        Assert.Equal([NodeIds.Document("a.txt"), NodeIds.Document("b.txt")], statistics.Documents.Select(d => d.DocumentId));
        Assert.Equal(new Dictionary<string, int> { [NodeLabels.Document] = 1, [NodeLabels.Measure] = 1, [NodeLabels.Unit] = 2 }, statistics.Documents[1].Counts.NodesByLabel);
        Assert.Equal(new Dictionary<string, int> { [RelationshipTypes.CoLedBy] = 1, [RelationshipTypes.LedBy] = 1, [RelationshipTypes.PartOf] = 1 }, statistics.Documents[1].Counts.RelationshipsByType);
    }

    private static GraphBatch FundingDocument() => TestGraph.Document("f.txt")
        .Unit("凉山州财政局")
        .FundingLine("州级财政每年安排3000万元", 30_000_000, 30_000_000, "州级财政", "凉山州财政局")
        .FundingLine("州级财政安排100万至200万元", 1_000_000, 2_000_000, "州级财政", "凉山州财政局")
        .FundingLine("县级财政安排50万元", 500_000, 500_000, "县级财政")
        .FundingLine("县级财政安排不少于10万元", 100_000, null, "县级财政")
        .FundingLine("另行安排经费", null, null, null)
        .Build();

    private static readonly string[] Amounts = [PropertyNames.AmountYuanMin, PropertyNames.AmountYuanMax];

    private static IEnumerable<(string? Key, int Count, long? Min, long? Max)> Rows(IEnumerable<NodeGroup> groups) =>
        groups.Select(g => (g.Key, g.Count, g.Sums[PropertyNames.AmountYuanMin].Sum, g.Sums[PropertyNames.AmountYuanMax].Sum));

    [SkippableFact]
    public async Task Node_sums_group_by_a_property_largest_first_and_keep_ranges_as_min_and_max_sums()
    {
        var store = await StoreWith(FundingDocument());

        var byPayer = await store.SumNodesAsync(new NodeSumQuery(NodeLabels.FundingLine, new GroupByProperty(PropertyNames.Payer), Amounts, 10));
        var top = await store.SumNodesAsync(new NodeSumQuery(NodeLabels.FundingLine, new GroupByProperty(PropertyNames.Payer), Amounts, 1));

        Assert.Equal(
            [("州级财政", 2, 31_000_000L, 32_000_000L), ("县级财政", 2, 600_000L, 500_000L), (null, 1, null, null)],
            Rows(byPayer));
        // An open range has a lower bound but no upper one: the group says how many lines have each.
        Assert.Equal((2, 1), (byPayer[1].Sums[PropertyNames.AmountYuanMin].Count, byPayer[1].Sums[PropertyNames.AmountYuanMax].Count));
        Assert.Equal("州级财政", Assert.Single(top).Key);
    }

    [SkippableFact]
    public async Task Node_sums_group_by_the_node_at_the_other_end_of_a_relationship()
    {
        var store = await StoreWith(FundingDocument());

        var byBody = await store.SumNodesAsync(new NodeSumQuery(
            NodeLabels.FundingLine, new GroupByRelated(RelationshipTypes.PaidBy, RelationshipDirection.Outgoing), Amounts, 10));

        Assert.Equal([(Finance, 2, 31_000_000L, 32_000_000L), (null, 3, 600_000L, 500_000L)], Rows(byBody));
    }
}
