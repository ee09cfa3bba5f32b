using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Embedded;
using KnowledgeGraph.Storage.Querying;
using KnowledgeGraph.Storage.Search;
using KnowledgeGraph.Storage.Tests.Contract;

namespace KnowledgeGraph.Storage.Tests.Embedded;

/// <summary>
/// A write to the embedded store builds its snapshot from the one before, sharing every record and relationship list
/// it does not touch, while a reader holding the snapshot before keeps the graph it read; the full-text index follows
/// each write.
/// </summary>
public sealed class SnapshotSharingTests : IDisposable
{
    private const string Hub = "凉山州财政局";
    private static readonly string HubId = NodeIds.Unit(Hub);

    private readonly EmbeddedGraphStore _store = new();

    public void Dispose() => _store.Dispose();

    // Twenty documents whose measures the hub leads; the first also names it as a co-lead.
    private static GraphBatch Document(int number, string title = "落实财政投入") =>
        number == 0
            ? TestGraph.Document("d00.txt").Unit(Hub).Measure(1, title, Hub).SharedBy(1, Hub).Build()
            : TestGraph.Document($"d{number:D2}.txt").Unit(Hub).Measure(1, title, Hub).Build();

    private static string MeasureOf(int number) => TestGraph.Document($"d{number:D2}.txt").MeasureId(1);

    private async Task LoadTwentyDocumentsAsync() => await _store.ApplyAllAsync([.. Enumerable.Range(0, 20).Select(n => Document(n))]);

    [Fact]
    public async Task A_write_shares_every_record_and_relationship_list_it_does_not_touch_with_the_snapshot_before()
    {
        await LoadTwentyDocumentsAsync();
        var before = _store.Snapshot;

        await _store.ApplyAsync(TestGraph.Document("d07.txt").Unit(Hub).Measure(1, "落实财政投入", Hub).Measure(2, "新增的措施", Hub).Build());
        var after = _store.Snapshot;

        // An untouched document's measure: the same record, the same list of its relationships.
        Assert.Same(before.FindNode(MeasureOf(3)), after.FindNode(MeasureOf(3)));
        Assert.Same(
            before.Relationships(MeasureOf(3), RelationshipDirection.Outgoing, RelationshipTypes.PartOf),
            after.Relationships(MeasureOf(3), RelationshipDirection.Outgoing, RelationshipTypes.PartOf));
        // The hub: its co-lead list, which the write does not touch, is shared; its lead list, which it does, is new.
        Assert.Same(
            before.Relationships(HubId, RelationshipDirection.Incoming, RelationshipTypes.CoLedBy),
            after.Relationships(HubId, RelationshipDirection.Incoming, RelationshipTypes.CoLedBy));
        Assert.NotSame(
            before.Relationships(HubId, RelationshipDirection.Incoming, RelationshipTypes.LedBy),
            after.Relationships(HubId, RelationshipDirection.Incoming, RelationshipTypes.LedBy));
        Assert.Equal(21, after.Relationships(HubId, RelationshipDirection.Incoming, RelationshipTypes.LedBy).Count);
    }

    [Fact]
    public async Task A_write_shares_every_equality_index_group_it_does_not_touch_with_the_snapshot_before()
    {
        await LoadTwentyDocumentsAsync();
        await _store.ApplyAsync(Document(3, title: "另一个标题"));
        var before = _store.Snapshot;

        await _store.ApplyAsync(Document(7, title: "改过的措施"));
        var after = _store.Snapshot;

        // The hub's name group and the other titles' groups are untouched; the renamed measure left one title's group for another's.
        Assert.Same(UnitsNamed(before, Hub), UnitsNamed(after, Hub));
        Assert.Same(MeasuresTitled(before, "另一个标题"), MeasuresTitled(after, "另一个标题"));
        Assert.Equal([MeasureOf(3)], MeasuresTitled(after, "另一个标题").Select(node => node.Id));
        Assert.Equal(19, MeasuresTitled(before, "落实财政投入").Count);
        Assert.Equal(18, MeasuresTitled(after, "落实财政投入").Count);
        Assert.Equal([MeasureOf(7)], MeasuresTitled(after, "改过的措施").Select(node => node.Id));
    }

    private static IReadOnlyList<NodeRecord> UnitsNamed(GraphSnapshot snapshot, string name) =>
        snapshot.CandidatesFor(NodeLabels.Unit, new PropertyCondition(PropertyNames.Name, FilterOperator.Equal, name));

    private static IReadOnlyList<NodeRecord> MeasuresTitled(GraphSnapshot snapshot, string title) =>
        snapshot.CandidatesFor(NodeLabels.Measure, new PropertyCondition(PropertyNames.Title, FilterOperator.Equal, title));

    [Fact]
    public async Task A_reader_holding_a_snapshot_keeps_the_graph_it_read_after_a_write()
    {
        await LoadTwentyDocumentsAsync();
        var before = _store.Snapshot;

        await _store.ApplyAsync(TestGraph.Document("d07.txt").Unit("凉山州教育体育局").Build());

        Assert.NotNull(before.FindNode(MeasureOf(7)));
        Assert.Equal(20, before.NodesWithLabel(NodeLabels.Measure).Count);
        Assert.Contains(before.Relationships(HubId, RelationshipDirection.Incoming, RelationshipTypes.LedBy), r => r.StartId == MeasureOf(7));
        Assert.Null(_store.Snapshot.FindNode(MeasureOf(7)));
        Assert.Equal(19, _store.Snapshot.NodesWithLabel(NodeLabels.Measure).Count);
        Assert.DoesNotContain(_store.Snapshot.Relationships(HubId, RelationshipDirection.Incoming, RelationshipTypes.LedBy), r => r.StartId == MeasureOf(7));
    }

    [Fact]
    public async Task Search_right_after_a_revision_finds_the_new_text_and_not_the_removed_text()
    {
        await LoadTwentyDocumentsAsync();
        Assert.Equal(20, (await SearchMeasuresAsync("财政投入")).Count);

        await _store.ApplyAsync(Document(7, "推进学前教育"));
        await _store.ApplyAsync(TestGraph.Document("d08.txt").Unit(Hub).Build());

        Assert.Equal([MeasureOf(7)], (await SearchMeasuresAsync("学前教育")).Select(hit => hit.Node.Id));
        var stillNamingFinance = await SearchMeasuresAsync("财政投入");
        Assert.Equal(18, stillNamingFinance.Count);
        Assert.DoesNotContain(stillNamingFinance, hit => hit.Node.Id == MeasureOf(7) || hit.Node.Id == MeasureOf(8));
    }

    private Task<IReadOnlyList<SearchHit>> SearchMeasuresAsync(string text) =>
        _store.SearchAsync(new SearchQuery(text, [NodeLabels.Measure], 100));
}
