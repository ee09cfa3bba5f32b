using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Aggregates;
using KnowledgeGraph.Storage.Embedded;
using KnowledgeGraph.Storage.Tests.Contract;

namespace KnowledgeGraph.Storage.Tests.Embedded;

/// <summary>
/// A ranking over the whole graph (<c>unitResponsibility</c> without <c>document</c>, <c>plan</c> or <c>region</c>) is
/// read from the embedded store's in-degree ranking, kept up to date by every write: it must give exactly what counting
/// every relationship of the graph and sorting every unit gives, on data that makes the ranking awkward (many ties,
/// measures a unit both leads and shares, units every document names, documents revised with fewer measures or emptied).
/// </summary>
public sealed class UnitRankingTests : IDisposable
{
    private static readonly string[] Units = ["甲局", "乙局", "丙局", "丁局", "戊局", "己局", "庚局"];
    private static readonly string[] Roles = [RelationshipTypes.LedBy, RelationshipTypes.CoLedBy];

    private readonly EmbeddedGraphStore _store = new();

    public void Dispose() => _store.Dispose();

    public static TheoryData<string, int> Rankings()
    {
        var data = new TheoryData<string, int>();
        foreach (var rankBy in new[] { "", RelationshipTypes.LedBy, RelationshipTypes.CoLedBy, $"{RelationshipTypes.LedBy},{RelationshipTypes.CoLedBy}" })
        {
            foreach (var maxResults in new[] { 1, 3, 100 })
            {
                data.Add(rankBy, maxResults);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rankings))]
    public async Task The_ranking_over_the_whole_graph_is_the_full_counts_after_every_write(string rankBy, int maxResults)
    {
        var query = new RelationshipCountQuery(Roles, rankBy.Split(',', StringSplitOptions.RemoveEmptyEntries), [], [], maxResults);

        await _store.ApplyAllAsync([.. Enumerable.Range(0, 6).Select(document => Document(document, measures: 12))]);
        await AssertRankedAsScannedAsync(query);

        await _store.ApplyAsync(Document(2, measures: 3));
        await AssertRankedAsScannedAsync(query);

        await _store.ApplyAsync(TestGraph.Document(FileName(4)).Build());
        await AssertRankedAsScannedAsync(query);

        await _store.ApplyAsync(Document(7, measures: 30));
        await AssertRankedAsScannedAsync(query);
    }

    [Fact]
    public async Task Units_with_equal_counts_are_ranked_by_id_and_the_cut_falls_between_them()
    {
        // Every unit leads one measure and shares none: seven ties.
        var document = TestGraph.Document("ties.txt");
        foreach (var (unit, number) in Units.Select((unit, index) => (unit, index + 1L)))
        {
            document.Unit(unit).Measure(number, $"措施{number}", unit);
        }

        await _store.ApplyAsync(document.Build());

        var ranked = await _store.CountRelationshipsAsync(new RelationshipCountQuery(Roles, [], [], [], 3));

        Assert.Equal(Units.Select(NodeIds.Unit).Order(StringComparer.Ordinal).Take(3), ranked.Select(counts => counts.NodeId));
    }

    [Fact]
    public async Task A_unit_that_leads_and_shares_one_measure_counts_it_in_both_roles()
    {
        await _store.ApplyAsync(TestGraph.Document("both.txt").Unit("甲局").Unit("乙局")
            .Measure(1, "措施", "甲局").SharedBy(1, "甲局").Measure(2, "措施二", "乙局").Build());

        var ranked = await _store.CountRelationshipsAsync(new RelationshipCountQuery(Roles, [], [], [], 10));

        Assert.Equal([(NodeIds.Unit("甲局"), 1, 1), (NodeIds.Unit("乙局"), 1, 0)], ranked.Select(Led_and_shared));
    }

    private async Task AssertRankedAsScannedAsync(RelationshipCountQuery query)
    {
        var ranked = await _store.CountRelationshipsAsync(query);

        var scanned = ScanAndSort(_store.Snapshot.AllRelationships, query);
        Assert.NotEmpty(scanned);
        Assert.Equal(scanned.Select(Led_and_shared), ranked.Select(Led_and_shared));
    }

    // The ranking as its definition states it: every relationship counted, every unit sorted.
    private static List<RelationshipCounts> ScanAndSort(IEnumerable<RelationshipRecord> relationships, RelationshipCountQuery query)
    {
        var rankBy = query.RankBy.Count > 0 ? query.RankBy : query.Types;
        return [.. relationships
            .Where(relationship => query.Types.Contains(relationship.Type))
            .GroupBy(relationship => relationship.EndId)
            .Select(group => new RelationshipCounts(group.Key, query.Types.ToDictionary(type => type, type => group.Count(r => r.Type == type))))
            .OrderByDescending(counts => rankBy.Sum(type => counts.CountsByType[type]))
            .ThenByDescending(counts => counts.Total)
            .ThenByDescending(counts => counts.CountsByType[RelationshipTypes.LedBy])
            .ThenByDescending(counts => counts.CountsByType[RelationshipTypes.CoLedBy])
            .ThenBy(counts => counts.NodeId, StringComparer.Ordinal)
            .Take(query.MaxResults)];
    }

    private static (string, int, int) Led_and_shared(RelationshipCounts counts) =>
        (counts.NodeId, counts.CountsByType[RelationshipTypes.LedBy], counts.CountsByType[RelationshipTypes.CoLedBy]);

    private static string FileName(int document) => $"doc{document}.txt";

    // Every document names every unit; measure n of document d is led by one unit and shared by one or two others,
    // sometimes by the unit that leads it, so that counts tie often and differ by one here and there.
    private static GraphBatch Document(int document, int measures)
    {
        var graph = TestGraph.Document(FileName(document));
        foreach (var unit in Units)
        {
            graph.Unit(unit);
        }

        for (var number = 1; number <= measures; number++)
        {
            var lead = Units[(number * (document + 1)) % Units.Length];
            graph.Measure(number, $"措施{number}", lead);
            graph.SharedBy(number, Units[(number + document) % Units.Length]);
            if (number % 3 == 0)
            {
                graph.SharedBy(number, Units[(number * 2 + 1) % Units.Length]);
            }
        }

        return graph.Build();
    }
}
