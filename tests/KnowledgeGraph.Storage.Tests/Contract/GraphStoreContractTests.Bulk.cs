using System.Collections;
using System.Globalization;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Changes;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Storage.Tests.Contract;

/// <summary>Applying many batches as one change, as start-up loads the corpus.</summary>
public abstract partial class GraphStoreContractTests
{
    private static readonly string[] DumpedLabels = [NodeLabels.Document, NodeLabels.Unit, NodeLabels.Measure];
    private static readonly string[] DumpedTypes = [RelationshipTypes.PartOf, RelationshipTypes.LedBy, RelationshipTypes.CoLedBy];

    // Documents that share units, and a revision of the first, so that merging and replacing both happen.
    private static GraphBatch[] Corpus() =>
    [
        FinanceDocument(),
        TestGraph.Document("b.txt")
            .Unit("凉山州财政局", "凉山州财政")
            .Unit("凉山州教育体育局")
            .Measure(1, "落实经费", "凉山州财政局")
            .SharedBy(1, "凉山州教育体育局")
            .Build(),
        TestGraph.Document("a.txt")
            .Unit("凉山州教育体育局", "州教育体育局")
            .Measure(1, "推进学前教育普及普惠进程", "凉山州教育体育局")
            .Measure(4, "新增的措施", "凉山州教育体育局")
            .Build(),
        TestGraph.Document("c.txt").Unit("凉山州教育体育局", "教体局").Measure(1, "再落实", "凉山州教育体育局").Build(),
    ];

    /// <summary>Every node and relationship the test graphs can hold, with their properties, one line each, in a fixed order.</summary>
    private static async Task<List<string>> DumpAsync(IGraphStore store)
    {
        var lines = new List<string>();
        var ids = new List<string>();
        foreach (var label in DumpedLabels)
        {
            var page = await store.FindNodesAsync(new NodeQuery(label, null, [], PageWindow.FirstOf(1000)));
            lines.AddRange(page.Items.Select(node => $"({node.Id}:{node.Label} {Render(node.Properties)})"));
            ids.AddRange(page.Items.Select(node => node.Id));
        }

        foreach (var type in DumpedTypes)
        {
            var relationships = await store.GetRelationshipsAsync(ids, RelationshipDirection.Outgoing, type);
            lines.AddRange(relationships.Select(r => $"({r.StartId})-[{r.Id}:{r.Type} {Render(r.Properties)}]->({r.EndId})"));
        }

        var statistics = await store.GetStatisticsAsync();
        lines.AddRange(statistics.Documents.Select(document =>
            $"{document.DocumentId}: {Render(document.Counts.NodesByLabel)} {Render(document.Counts.RelationshipsByType)}"));
        return lines;
    }

    /// <summary>Properties (or counts) as one line, by name, as the dumps of the store tests compare them.</summary>
    internal static string Render<T>(IEnumerable<KeyValuePair<string, T>> properties) =>
        string.Join(", ", properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={RenderValue(p.Value)}"));

    private static string? RenderValue(object? value) => value switch
    {
        string text => text,
        IEnumerable items => $"[{string.Join(", ", items.Cast<object?>())}]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    [SkippableFact]
    public async Task Applying_batches_at_once_gives_the_graph_and_changes_of_applying_them_one_by_one()
    {
        var oneByOne = CreateStore();
        var expectedChanges = new List<GraphChanges>();
        foreach (var batch in Corpus())
        {
            expectedChanges.Add(await oneByOne.ApplyAsync(batch));
        }

        var atOnce = CreateStore();
        var changes = await atOnce.ApplyAllAsync(Corpus());

        Assert.Equal(expectedChanges, changes);
        Assert.Equal(await DumpAsync(oneByOne), await DumpAsync(atOnce));
    }

    [SkippableFact]
    public async Task Applying_batches_at_once_onto_a_loaded_store_compares_each_with_the_stored_version()
    {
        var store = await StoreWith(FinanceDocument());

        var changes = await store.ApplyAllAsync([FinanceDocument(), TestGraph.Document("c.txt").Unit("凉山州财政局").Build()]);

        Assert.Equal(
            [
                new GraphChanges(new ChangeCounts(0, 0, 6, 0), new ChangeCounts(0, 0, 7, 0)),
                new GraphChanges(new ChangeCounts(2, 0, 0, 0), ChangeCounts.None),
            ],
            changes);
    }

    [SkippableFact]
    public async Task Revisions_of_one_document_in_one_call_count_against_each_other_and_the_last_one_stays()
    {
        var store = CreateStore();
        var revised = RevisedFinanceDocument();

        var changes = await store.ApplyAllAsync([FinanceDocument(), revised]);

        Assert.Equal(2, changes.Count);
        Assert.True(changes[0].IsNewDocument);
        // As in Applying_a_revised_document_reports_what_it_added_updated_kept_and_removed, against the first batch.
        Assert.Equal(new ChangeCounts(Added: 1, Updated: 1, Unchanged: 3, Removed: 2), changes[1].Nodes);
        Assert.Equal(new ChangeCounts(Added: 2, Updated: 0, Unchanged: 4, Removed: 3), changes[1].Relationships);
        Assert.Equal(
            ["推进学前教育普及普惠进程", "实施县城幼儿园增量提质计划（修订）", "新增的措施"],
            Titles(await store.FindNodesAsync(Measures())));
        Assert.Empty(await store.GetNodesAsync([NodeIds.Unit("凉山州财政局")]));
    }

    [SkippableFact]
    public async Task One_invalid_batch_rejects_the_whole_call_and_changes_nothing()
    {
        var store = await StoreWith(FinanceDocument());
        var before = await DumpAsync(store);
        var valid = TestGraph.Document("b.txt").Unit("凉山州财政局").Measure(1, "落实经费", "凉山州财政局").Build();
        var revision = TestGraph.Document("a.txt").Unit("凉山州教育体育局").Measure(1, "新的措施", "凉山州教育体育局").Build();
        var broken = TestGraph.Document("c.txt").Measure(1, "没有单位", "不存在的单位").Build();

        await Assert.ThrowsAsync<ArgumentException>(() => store.ApplyAllAsync([valid, revision, broken]));

        Assert.Equal(before, await DumpAsync(store));
    }

    [SkippableFact]
    public async Task Applying_no_batches_changes_nothing()
    {
        var store = await StoreWith(FinanceDocument());
        var before = await DumpAsync(store);

        var changes = await store.ApplyAllAsync([]);

        Assert.Empty(changes);
        Assert.Equal(before, await DumpAsync(store));
    }
}
