using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Aggregates;
using KnowledgeGraph.Storage.Embedded;
using KnowledgeGraph.Storage.Tests.Contract;

namespace KnowledgeGraph.Storage.Tests.Embedded;

/// <summary>
/// Funding lines grouped by a property (<c>fundingTotals(groupBy: PAYER)</c>) are remembered by the embedded store for
/// as long as no write changes a funding line: they must be what grouping and summing every line gives after every
/// write, read between the writes so that a remembered answer would show, on data that makes the groups awkward (groups
/// tied on their sums and counts, lines without a payer or an amount, a line revised to another payer, an emptied
/// document, a write that changes no funding line).
/// </summary>
public sealed class NodeSumTests : IDisposable
{
    private static readonly string[] Payers = ["州级财政", "县级财政", "省级财政"];

    private readonly EmbeddedGraphStore _store = new();

    public void Dispose() => _store.Dispose();

    public static TheoryData<int> GroupLimits() => [1, 2, 100];

    [Theory]
    [MemberData(nameof(GroupLimits))]
    public async Task Groups_by_a_property_are_those_of_every_line_after_every_write(int maxGroups)
    {
        var query = new NodeSumQuery(NodeLabels.FundingLine, new GroupByProperty(PropertyNames.Payer), [PropertyNames.AmountYuanMin, PropertyNames.AmountYuanMax], maxGroups);

        await _store.ApplyAllAsync([.. Enumerable.Range(0, 4).Select(document => Document(document, lines: 6, shift: 0))]);
        await AssertSummedAsScannedAsync(query);

        await _store.ApplyAsync(Document(1, lines: 6, shift: 1));
        await AssertSummedAsScannedAsync(query);

        await _store.ApplyAsync(TestGraph.Document(FileName(2)).Build());
        await AssertSummedAsScannedAsync(query);

        await _store.ApplyAsync(TestGraph.Document("no-money.txt").Unit("甲局").Measure(1, "措施", "甲局").Build());
        await AssertSummedAsScannedAsync(query);

        await _store.ApplyAsync(Document(7, lines: 2, shift: 2));
        await AssertSummedAsScannedAsync(query);
    }

    private async Task AssertSummedAsScannedAsync(NodeSumQuery query)
    {
        var summed = await _store.SumNodesAsync(query);

        var scanned = GroupAndSum(_store.Snapshot.NodesWithLabel(query.Label), query);
        Assert.NotEmpty(scanned);
        Assert.Equal(scanned.Select(Described), summed.Select(Described));
    }

    // The groups as their definition states them: every line grouped by its payer and summed, the largest first sum
    // first (none last), then the most lines, then by payer, the lines without one last.
    private static List<NodeGroup> GroupAndSum(IEnumerable<NodeRecord> lines, NodeSumQuery query)
    {
        var payer = ((GroupByProperty)query.GroupBy).Property;
        return [.. lines
            .GroupBy(line => line.Properties.GetValueOrDefault(payer) as string)
            .Select(group => new NodeGroup(group.Key, group.Count(), query.SumProperties.ToDictionary(
                property => property,
                property =>
                {
                    var values = group.Select(line => line.Properties.GetValueOrDefault(property)).OfType<long>().ToList();
                    return new PropertySum(values.Count > 0 ? values.Sum() : null, values.Count);
                })))
            .OrderByDescending(group => group.Sums[query.SumProperties[0]].Sum ?? long.MinValue)
            .ThenByDescending(group => group.Count)
            .ThenBy(group => group.Key is null)
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .Take(query.MaxGroups)];
    }

    private static string Described(NodeGroup group) =>
        $"{group.Key ?? "(none)"} {group.Count}: " + string.Join(", ", group.Sums.Select(sum => $"{sum.Key}={sum.Value.Sum?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"}/{sum.Value.Count}"));

    private static string FileName(int document) => $"doc{document}.txt";

    // Line n of a document is paid by one payer in turn (none every fourth), for n × 10,000 yuan (no amount every fifth),
    // so that groups tie on sums and counts across documents; a shift moves each line to another payer.
    private static GraphBatch Document(int document, int lines, int shift)
    {
        var graph = TestGraph.Document(FileName(document));
        for (var line = 1; line <= lines; line++)
        {
            var payer = line % 4 == 0 ? null : Payers[(line + shift) % Payers.Length];
            var amount = line % 5 == 0 ? (long?)null : line * 10_000L;
            graph.FundingLine($"资金{line}", amount, amount * 2, payer);
        }

        return graph.Build();
    }
}
