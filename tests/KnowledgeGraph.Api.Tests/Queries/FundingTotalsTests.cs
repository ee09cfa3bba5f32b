using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Api.Tests.Queries;

/// <summary>
/// <c>fundingTotals</c> over the funding lines of a hand-made document beside the seeds, checked against the lines
/// themselves (its payers and paying unit are names no seed uses) and against the <c>fundingLines</c> connection.
/// </summary>
public sealed class FundingTotalsTests(KnowledgeGraphApiFactory api) : IClassFixture<KnowledgeGraphApiFactory>, IAsyncLifetime
{
    private const string FileName = "zz_funding.txt";
    private const string FinanceBureau = "测试州财政局";

    private static readonly (string Name, long? Min, long? Max, string? Payer, bool PaidByBureau)[] Lines =
    [
        ("州级财政每年安排3000万元", 30_000_000, 30_000_000, "测试州级财政", true),
        ("州级财政安排100万至200万元", 1_000_000, 2_000_000, "测试州级财政", true),
        ("县级财政安排50万元", 500_000, 500_000, "测试县级财政", false),
        ("县级财政安排不少于10万元", 100_000, null, "测试县级财政", false),
        ("测试另行安排经费", null, null, "测试另行安排", false),
    ];

    // Applying the same document again changes nothing, so each test may apply it.
    public async Task InitializeAsync() => await api.Store.ApplyAsync(Batch());

    public Task DisposeAsync() => Task.CompletedTask;

    private static GraphBatch Batch()
    {
        var documentId = NodeIds.Document(FileName);
        var bureau = NodeIds.Unit(FinanceBureau);
        var nodes = new List<NodeRecord>
        {
            new(documentId, NodeLabels.Document, new Dictionary<string, object?> { [PropertyNames.FileName] = FileName }),
            new(bureau, NodeLabels.Unit, new Dictionary<string, object?> { [PropertyNames.Name] = FinanceBureau }),
        };
        var relationships = new List<RelationshipRecord>();
        foreach (var line in Lines)
        {
            var id = $"fundingLine:{NodeIds.KeyOf(documentId)}/{line.Name}";
            nodes.Add(new NodeRecord(id, NodeLabels.FundingLine, new Dictionary<string, object?>
            {
                [PropertyNames.Name] = line.Name,
                [PropertyNames.AmountYuanMin] = line.Min,
                [PropertyNames.AmountYuanMax] = line.Max,
                [PropertyNames.Payer] = line.Payer,
            }));
            if (line.PaidByBureau)
            {
                var properties = new Dictionary<string, object?>();
                new Evidence(documentId, 0, 1, "州").WriteTo(properties);
                relationships.Add(new RelationshipRecord(NodeIds.Relationship(id, RelationshipTypes.PaidBy, bureau), RelationshipTypes.PaidBy, id, bureau, properties));
            }
        }

        return new GraphBatch(documentId, nodes, relationships);
    }

    [Fact]
    public async Task Totals_by_payer_sum_each_payers_lines_with_ranges_as_two_sums_and_no_upper_sum_for_an_open_range()
    {
        var expected = Lines.GroupBy(l => l.Payer)
            .Select(g => (
                Key: g.Key,
                Lines: g.Count(),
                Min: g.Any(l => l.Min is not null) ? (double?)g.Sum(l => l.Min) : null,
                Max: g.Any(l => l.Max is not null) && !g.Any(l => l.Min is not null && l.Max is null) ? (double?)g.Sum(l => l.Max) : null))
            .OrderByDescending(g => g.Min ?? double.MinValue)
            .ToList();

        var totals = (await api.DataAsync("{ fundingTotals(groupBy: PAYER, first: 100) { key lines amountYuanMin amountYuanMax } }"))["fundingTotals"]!.AsArray();

        Assert.Equal(
            expected,
            totals.Select(t => (Key: t!["key"]?.GetValue<string>(), Lines: t["lines"]!.GetValue<int>(), Min: t["amountYuanMin"]?.GetValue<double>(), Max: t["amountYuanMax"]?.GetValue<double>()))
                .Where(t => Lines.Any(l => l.Payer == t.Key)));
        Assert.Equal(totals.Select(t => t!["amountYuanMin"]?.GetValue<double>() ?? double.MinValue).OrderDescending(), totals.Select(t => t!["amountYuanMin"]?.GetValue<double>() ?? double.MinValue));
    }

    [Fact]
    public async Task Totals_by_payer_count_what_the_funding_lines_connection_finds_for_that_payer()
    {
        var totals = (await api.DataAsync("{ fundingTotals { key lines } }"))["fundingTotals"]!.AsArray();

        foreach (var total in totals.Where(t => t!["key"] is not null))
        {
            var payer = total!["key"]!.GetValue<string>();
            var lines = await api.DataAsync("query ($payer: String!) { fundingLines(where: { payer: { eq: $payer } }) { totalCount } }", new { payer });
            Assert.Equal(lines["fundingLines"]!["totalCount"]!.GetValue<int>(), total["lines"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task Totals_by_paying_body_name_the_unit_with_its_lines()
    {
        var totals = (await api.DataAsync("{ fundingTotals(groupBy: PAID_BY, first: 100) { key node { ... on Unit { name } } lines amountYuanMax } }"))["fundingTotals"]!.AsArray();

        var bureau = Assert.Single(totals, t => t!["node"]?["name"]?.GetValue<string>() == FinanceBureau)!;
        Assert.Equal(Lines.Count(l => l.PaidByBureau), bureau["lines"]!.GetValue<int>());
        Assert.Equal((double)Lines.Where(l => l.PaidByBureau).Sum(l => l.Max)!, bureau["amountYuanMax"]!.GetValue<double>());
        Assert.All(totals, t => Assert.Null(t!["key"]));
    }
}
