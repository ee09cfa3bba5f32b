using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Changes;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Storage.Tests.Contract;

/// <summary>
/// What every <see cref="IGraphStore"/> must do. Each store's test class derives from this one, so the embedded
/// store and the Neo4j store are held to the same specification.
/// </summary>
public abstract partial class GraphStoreContractTests
{
    protected abstract IGraphStore CreateStore();

    internal static GraphBatch FinanceDocument() => TestGraph.Document("a.txt")
        .Unit("凉山州财政局", "州财政局")
        .Unit("凉山州教育体育局", "州教育体育局")
        .Measure(1, "推进学前教育普及普惠进程", "凉山州教育体育局")
        .Measure(2, "实施县城幼儿园增量提质计划", "凉山州教育体育局", "凉山州财政局")
        .Measure(3, "助推普惠性民办幼儿园发展", "凉山州财政局")
        .Build();

    // The finance document revised: 州财政局 and measure 3 gone, measure 2 retitled, measure 4 new.
    internal static GraphBatch RevisedFinanceDocument() => TestGraph.Document("a.txt")
        .Unit("凉山州教育体育局", "州教育体育局")
        .Measure(1, "推进学前教育普及普惠进程", "凉山州教育体育局")
        .Measure(2, "实施县城幼儿园增量提质计划（修订）", "凉山州教育体育局")
        .Measure(4, "新增的措施", "凉山州教育体育局")
        .Build();

    private async Task<IGraphStore> StoreWith(params GraphBatch[] batches)
    {
        var store = CreateStore();
        foreach (var batch in batches)
        {
            await store.ApplyAsync(batch);
        }

        return store;
    }

    private static NodeQuery Measures(NodeFilter? filter = null, PageWindow? window = null, params SortField[] order) =>
        new(NodeLabels.Measure, filter, order, window ?? PageWindow.FirstOf(100));

    private static IEnumerable<object?> Titles(NodePage page) => page.Items.Select(n => n.Properties[PropertyNames.Title]);

    [Fact]
    public async Task Nodes_are_found_by_id_and_missing_ids_are_left_out()
    {
        var store = await StoreWith(FinanceDocument());

        var nodes = await store.GetNodesAsync([NodeIds.Unit("凉山州财政局"), "unit:nobody"]);

        var node = Assert.Single(nodes);
        Assert.Equal(NodeLabels.Unit, node.Label);
        Assert.Equal(["州财政局"], (IEnumerable<string>)node.Properties[PropertyNames.Aliases]!);
    }

    [Fact]
    public async Task Unfiltered_queries_keep_document_order_and_count_everything()
    {
        var store = await StoreWith(FinanceDocument());

        var page = await store.FindNodesAsync(Measures());

        Assert.Equal(3, page.TotalCount);
        Assert.Equal(["推进学前教育普及普惠进程", "实施县城幼儿园增量提质计划", "助推普惠性民办幼儿园发展"], Titles(page));
    }

    public static TheoryData<string, NodeFilter, long[]> Filters => new()
    {
        { "eq", new PropertyCondition(PropertyNames.Number, FilterOperator.Equal, 2L), [2] },
        { "neq", new PropertyCondition(PropertyNames.Number, FilterOperator.Equal, 2L, Negated: true), [1, 3] },
        { "in", new PropertyCondition(PropertyNames.Number, FilterOperator.In, new object[] { 1L, 3L }), [1, 3] },
        { "contains", new PropertyCondition(PropertyNames.Title, FilterOperator.Contains, "幼儿园"), [2, 3] },
        { "startsWith", new PropertyCondition(PropertyNames.Title, FilterOperator.StartsWith, "推进"), [1] },
        { "gte", new PropertyCondition(PropertyNames.Number, FilterOperator.GreaterThanOrEqual, 2L), [2, 3] },
        {
            "and", new AllOf([
                new PropertyCondition(PropertyNames.Title, FilterOperator.Contains, "幼儿园"),
                new PropertyCondition(PropertyNames.Number, FilterOperator.LessThan, 3L)]), [2]
        },
        {
            "or", new AnyOf([
                new PropertyCondition(PropertyNames.Number, FilterOperator.Equal, 1L),
                new PropertyCondition(PropertyNames.Title, FilterOperator.StartsWith, "助推")]), [1, 3]
        },
        { "missing property never equals", new PropertyCondition("nope", FilterOperator.Equal, "x"), [] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Filters_select_matching_nodes(string because, NodeFilter filter, long[] expectedNumbers)
    {
        var store = await StoreWith(FinanceDocument());

        var page = await store.FindNodesAsync(Measures(filter));

        Assert.True(
            expectedNumbers.SequenceEqual(page.Items.Select(n => (long)n.Properties[PropertyNames.Number]!)),
            because);
        Assert.Equal(expectedNumbers.Length, page.TotalCount);
    }

    [Fact]
    public async Task List_properties_filter_with_some_none_and_all()
    {
        var store = await StoreWith(FinanceDocument());
        var shortForm = new PropertyCondition(ListCondition.Element, FilterOperator.StartsWith, "州财");

        async Task<IEnumerable<string?>> Units(ListQuantifier quantifier) =>
            (await store.FindNodesAsync(new NodeQuery(NodeLabels.Unit, new ListCondition(PropertyNames.Aliases, quantifier, shortForm), [], PageWindow.FirstOf(10))))
            .Items.Select(n => n.GetString(PropertyNames.Name));

        Assert.Equal(["凉山州财政局"], await Units(ListQuantifier.Some));
        Assert.Equal(["凉山州教育体育局"], await Units(ListQuantifier.None));
        Assert.Equal(["凉山州财政局"], await Units(ListQuantifier.All));
    }

    [Fact]
    public async Task Order_sorts_by_each_key_in_turn()
    {
        var store = await StoreWith(FinanceDocument());

        var page = await store.FindNodesAsync(Measures(order: new SortField(PropertyNames.Title, Descending: true)));

        Assert.Equal(
            new[] { "推进学前教育普及普惠进程", "实施县城幼儿园增量提质计划", "助推普惠性民办幼儿园发展" }
                .OrderByDescending(t => t, StringComparer.Ordinal),
            Titles(page));
    }

    [Fact]
    public async Task Windows_page_forwards_and_backwards()
    {
        var store = await StoreWith(FinanceDocument());

        var second = await store.FindNodesAsync(Measures(window: new PageWindow(After: 0, Before: null, First: 1, Last: null)));
        var lastTwo = await store.FindNodesAsync(Measures(window: new PageWindow(null, null, null, Last: 2)));

        Assert.Equal((1, 3), (second.Offset, second.TotalCount));
        Assert.Equal(["实施县城幼儿园增量提质计划"], Titles(second));
        Assert.Equal(1, lastTwo.Offset);
        Assert.Equal(2, lastTwo.Items.Count);
    }

    [Fact]
    public async Task Relationships_are_found_from_either_end()
    {
        var store = await StoreWith(FinanceDocument());
        var finance = NodeIds.Unit("凉山州财政局");

        var incoming = await store.GetRelationshipsAsync([finance], RelationshipDirection.Incoming, RelationshipTypes.LedBy);
        var outgoing = await store.GetRelationshipsAsync(
            incoming.Select(r => r.StartId).ToList(), RelationshipDirection.Outgoing, RelationshipTypes.LedBy);

        Assert.Equal(2, incoming.Count);
        Assert.All(incoming, r => Assert.Equal(finance, r.EndId));
        Assert.Equal(3, outgoing.Count);
        Assert.NotNull(Evidence.ReadFrom(incoming[0].Properties));
    }

    [Fact]
    public async Task Relationship_slices_count_every_relationship_and_hold_the_first_in_the_order_of_the_full_list()
    {
        var other = TestGraph.Document("b.txt").Unit("凉山州财政局").Measure(9, "其他", "凉山州财政局").Build();
        var store = await StoreWith(FinanceDocument(), other);
        var finance = NodeIds.Unit("凉山州财政局");
        var all = await store.GetRelationshipsAsync([finance], RelationshipDirection.Incoming, RelationshipTypes.LedBy);

        var slices = await store.GetRelationshipSlicesAsync(
            [finance, NodeIds.Unit("凉山州教育体育局"), finance, "unit:nobody"], RelationshipDirection.Incoming, RelationshipTypes.LedBy, 2);
        var countsOnly = await store.GetRelationshipSlicesAsync([finance], RelationshipDirection.Incoming, RelationshipTypes.LedBy, 0);

        Assert.Equal(
            [(finance, 3), (NodeIds.Unit("凉山州教育体育局"), 2), ("unit:nobody", 0)],
            slices.Select(s => (s.NodeId, s.TotalCount)));
        Assert.Equal(all.Take(2).Select(r => r.Id), slices[0].First.Select(r => r.Id));
        Assert.Empty(slices[2].First);
        Assert.Equal(3, Assert.Single(countsOnly).TotalCount);
        Assert.Empty(countsOnly[0].First);
    }

    [Fact]
    public async Task A_unit_named_by_two_documents_is_one_node_with_every_alias()
    {
        var other = TestGraph.Document("b.txt").Unit("凉山州财政局", "凉山州财政").Measure(9, "其他", "凉山州财政局").Build();
        var store = await StoreWith(FinanceDocument(), other);

        var units = await store.FindNodesAsync(new NodeQuery(NodeLabels.Unit, null, [], PageWindow.FirstOf(10)));
        var finance = Assert.Single(units.Items, n => n.Id == NodeIds.Unit("凉山州财政局"));
        var led = await store.GetRelationshipsAsync([finance.Id], RelationshipDirection.Incoming, RelationshipTypes.LedBy);

        Assert.Equal(2, units.TotalCount);
        Assert.Equal(["州财政局", "凉山州财政"], (IEnumerable<string>)finance.Properties[PropertyNames.Aliases]!);
        Assert.Equal(3, led.Count);
    }

    [Fact]
    public async Task A_revised_document_replaces_its_previous_facts_without_orphans()
    {
        var revised = TestGraph.Document("a.txt").Unit("凉山州教育体育局").Measure(1, "新的措施", "凉山州教育体育局").Build();
        var store = await StoreWith(FinanceDocument(), revised);

        var measures = await store.FindNodesAsync(Measures());
        var finance = await store.GetNodesAsync([NodeIds.Unit("凉山州财政局")]);

        Assert.Equal(["新的措施"], Titles(measures));
        Assert.Empty(finance);
    }

    [Fact]
    public async Task Applying_a_new_document_reports_every_record_as_added()
    {
        var store = CreateStore();

        var changes = await store.ApplyAsync(FinanceDocument());

        Assert.Equal(new GraphChanges(new ChangeCounts(6, 0, 0, 0), new ChangeCounts(7, 0, 0, 0)), changes);
        Assert.True(changes.IsNewDocument);
    }

    [Fact]
    public async Task Applying_the_same_document_again_changes_nothing_and_says_so()
    {
        var store = await StoreWith(FinanceDocument());

        var changes = await store.ApplyAsync(FinanceDocument());

        Assert.Equal(new GraphChanges(new ChangeCounts(0, 0, 6, 0), new ChangeCounts(0, 0, 7, 0)), changes);
        Assert.True(changes.IsUnchanged);
        Assert.Equal(3, (await store.FindNodesAsync(Measures())).TotalCount);
    }

    [Fact]
    public async Task Applying_a_revised_document_reports_what_it_added_updated_kept_and_removed()
    {
        var store = await StoreWith(FinanceDocument());
        var revised = RevisedFinanceDocument();

        var changes = await store.ApplyAsync(revised);

        // Nodes: measure 4 is new, measure 2 has a new title, 州财政局 and measure 3 are gone.
        Assert.Equal(new ChangeCounts(Added: 1, Updated: 1, Unchanged: 3, Removed: 2), changes.Nodes);
        // Relationships: measure 4's two are new; measure 2 → 州财政局 and measure 3's two are gone.
        Assert.Equal(new ChangeCounts(Added: 2, Updated: 0, Unchanged: 4, Removed: 3), changes.Relationships);
    }

    [Fact]
    public async Task A_batch_with_a_dangling_relationship_is_rejected_and_changes_nothing()
    {
        var store = await StoreWith(FinanceDocument());
        var broken = TestGraph.Document("a.txt").Measure(1, "没有单位", "不存在的单位").Build();

        await Assert.ThrowsAsync<ArgumentException>(() => store.ApplyAsync(broken));

        Assert.Equal(3, (await store.FindNodesAsync(Measures())).TotalCount);
    }
}
