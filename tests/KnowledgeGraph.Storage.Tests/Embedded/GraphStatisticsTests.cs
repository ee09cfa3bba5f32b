using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Aggregates;
using KnowledgeGraph.Storage.Embedded;
using KnowledgeGraph.Storage.Tests.Contract;

namespace KnowledgeGraph.Storage.Tests.Embedded;

/// <summary>
/// <c>stats</c> on the embedded store reads counts kept by every write (relationships by type, nodes by label) and each
/// batch's counts remembered from the first call that read it: they must be what counting every record of the graph, and
/// of each batch, gives, on data that makes the counts awkward (units every document names, a relationship two documents
/// hold, documents revised with fewer records, emptied, ingested again unchanged, a type the last holder drops).
/// </summary>
public sealed class GraphStatisticsTests : IDisposable
{
    private static readonly string[] Units = ["甲局", "乙局", "丙局"];

    private readonly EmbeddedGraphStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task The_statistics_are_the_counts_of_every_record_after_every_write()
    {
        await _store.ApplyAllAsync([.. Enumerable.Range(0, 4).Select(document => Document(document, measures: 5, fundingLines: document))]);
        await AssertCountedAsScannedAsync();

        await _store.ApplyAsync(Document(1, measures: 2, fundingLines: 0));
        await AssertCountedAsScannedAsync();

        await _store.ApplyAsync(Document(1, measures: 2, fundingLines: 0));
        await AssertCountedAsScannedAsync();

        await _store.ApplyAsync(TestGraph.Document(FileName(2)).Build());
        await AssertCountedAsScannedAsync();

        await _store.ApplyAsync(Document(5, measures: 7, fundingLines: 1));
        await AssertCountedAsScannedAsync();
    }

    [Fact]
    public async Task A_type_whose_last_relationship_goes_is_no_longer_counted()
    {
        await _store.ApplyAsync(Document(0, measures: 1, fundingLines: 1));
        await _store.ApplyAsync(Document(0, measures: 1, fundingLines: 0));

        var statistics = await _store.GetStatisticsAsync();

        Assert.DoesNotContain(RelationshipTypes.PaidBy, statistics.Overall.RelationshipsByType.Keys);
        Assert.DoesNotContain(NodeLabels.FundingLine, statistics.Overall.NodesByLabel.Keys);
        Assert.Equal(1, statistics.Overall.RelationshipsByType[RelationshipTypes.LedBy]);
    }

    [Fact]
    public async Task A_relationship_two_documents_hold_counts_once_overall_and_once_in_each()
    {
        var (start, end) = (NodeIds.Unit("甲局"), NodeIds.Unit("乙局"));
        foreach (var fileName in new[] { "a.txt", "b.txt" })
        {
            var batch = TestGraph.Document(fileName).Unit("甲局").Unit("乙局").Build();
            var evidence = new Dictionary<string, object?>();
            new Evidence(batch.DocumentId, 0, 1, "x").WriteTo(evidence);
            var sharedLead = new RelationshipRecord(NodeIds.Relationship(start, RelationshipTypes.LedBy, end), RelationshipTypes.LedBy, start, end, evidence);
            await _store.ApplyAsync(batch with { Relationships = [.. batch.Relationships, sharedLead] });
        }

        var statistics = await _store.GetStatisticsAsync();

        Assert.Equal(1, statistics.Overall.RelationshipsByType[RelationshipTypes.LedBy]);
        Assert.All(statistics.Documents, document => Assert.Equal(1, document.Counts.RelationshipsByType[RelationshipTypes.LedBy]));
        await AssertCountedAsScannedAsync();
    }

    private async Task AssertCountedAsScannedAsync()
    {
        var statistics = await _store.GetStatisticsAsync();

        var snapshot = _store.Snapshot;
        Assert.NotEmpty(snapshot.Nodes);
        Assert.Equal(CountBy(snapshot.Nodes, node => node.Label), statistics.Overall.NodesByLabel);
        Assert.Equal(CountBy(snapshot.AllRelationships, relationship => relationship.Type), statistics.Overall.RelationshipsByType);
        Assert.Equal(snapshot.Batches.Select(batch => batch.DocumentId), statistics.Documents.Select(document => document.DocumentId));
        foreach (var (batch, document) in snapshot.Batches.Zip(statistics.Documents))
        {
            Assert.Equal(CountBy(batch.Nodes, node => node.Label), document.Counts.NodesByLabel);
            Assert.Equal(CountBy(batch.Relationships.DistinctBy(relationship => relationship.Id), relationship => relationship.Type), document.Counts.RelationshipsByType);
        }
    }

    // The counts as their definition states them: every record counted, kinds in ordinal order.
    private static List<KeyValuePair<string, int>> CountBy<T>(IEnumerable<T> records, Func<T, string> kindOf) =>
        [.. records.GroupBy(kindOf).Select(group => KeyValuePair.Create(group.Key, group.Count())).OrderBy(pair => pair.Key, StringComparer.Ordinal)];

    private static string FileName(int document) => $"doc{document}.txt";

    // Every document names every unit; its measures are led by one unit and shared by another, its funding lines paid by one.
    private static GraphBatch Document(int document, int measures, int fundingLines)
    {
        var graph = TestGraph.Document(FileName(document));
        foreach (var unit in Units)
        {
            graph.Unit(unit);
        }

        for (var number = 1; number <= measures; number++)
        {
            graph.Measure(number, $"措施{number}", Units[number % Units.Length]).SharedBy(number, Units[(number + document) % Units.Length]);
        }

        for (var line = 1; line <= fundingLines; line++)
        {
            graph.FundingLine($"资金{line}", line * 10_000, line * 20_000, "州级财政", Units[line % Units.Length]);
        }

        return graph.Build();
    }
}
