using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Storage.Tests.Contract;

/// <summary>
/// Records several documents hold (one record, merged by <see cref="SharedRecords"/> whatever order the documents came
/// in), document order, and what a store refuses to write.
/// </summary>
public abstract partial class GraphStoreContractTests
{
    private static GraphBatch WithProperty(GraphBatch batch, string nodeId, string property, object value) => batch with
    {
        Nodes = [.. batch.Nodes.Select(node => node.Id == nodeId
            ? node with { Properties = new Dictionary<string, object?>(node.Properties) { [property] = value } }
            : node)],
    };

    private static async Task<IEnumerable<string?>> UnitNames(IGraphStore store) =>
        (await store.FindNodesAsync(new NodeQuery(NodeLabels.Unit, null, [], PageWindow.FirstOf(10)))).Items.Select(n => n.GetString(PropertyNames.Name));

    [SkippableFact]
    public async Task A_shared_node_takes_the_first_documents_scalars_and_every_alias_in_document_order_whatever_order_they_came_in()
    {
        var first = WithProperty(TestGraph.Document("a.txt").Unit("凉山州财政局", "州财政局").Build(), Finance, PropertyNames.Level, "州级");
        var second = WithProperty(TestGraph.Document("b.txt").Unit("凉山州财政局", "凉山州财政").Build(), Finance, PropertyNames.Level, "县级");
        var secondWithCode = WithProperty(second, Finance, PropertyNames.Code, "513400");

        var store = await StoreWith(secondWithCode, first);

        var finance = Assert.Single(await store.GetNodesAsync([Finance]));
        Assert.Equal("州级", finance.Properties[PropertyNames.Level]);
        // A property the first document lacks comes from the next one that has it.
        Assert.Equal("513400", finance.Properties[PropertyNames.Code]);
        Assert.Equal(["州财政局", "凉山州财政"], (IEnumerable<string>)finance.Properties[PropertyNames.Aliases]!);
    }

    [SkippableFact]
    public async Task A_document_that_stops_naming_a_shared_node_takes_back_only_its_own_contribution()
    {
        var other = WithProperty(TestGraph.Document("b.txt").Unit("凉山州财政局", "凉山州财政").Measure(9, "其他", "凉山州财政局").Build(), Finance, PropertyNames.Level, "州级");
        var store = await StoreWith(FinanceDocument(), other);
        var otherWithoutFinance = TestGraph.Document("b.txt").Unit("凉山州教育体育局").Measure(9, "其他", "凉山州教育体育局").Build();

        var changes = await store.ApplyAsync(otherWithoutFinance);

        var finance = Assert.Single(await store.GetNodesAsync([Finance]));
        Assert.Equal(["州财政局"], (IEnumerable<string>)finance.Properties[PropertyNames.Aliases]!);
        Assert.False(finance.Properties.ContainsKey(PropertyNames.Level));
        Assert.Equal(2, (await store.GetRelationshipsAsync([Finance], RelationshipDirection.Incoming, RelationshipTypes.LedBy)).Count);
        // Counted over b's own contribution: 州财政局 left it, 州教育体育局 joined it; b's measure changed its lead.
        Assert.Equal((1, 1), (changes.Nodes.Added, changes.Nodes.Removed));
        Assert.Equal((1, 1), (changes.Relationships.Added, changes.Relationships.Removed));
    }

    // Three documents naming 凉山州财政局 with different aliases and properties; b's alias is given, so a revision of b
    // can change it. New records each time, as a re-extraction gives.
    private static GraphBatch[] ThreeFinanceDocuments(string bAlias = "凉山州财政") =>
    [
        WithProperty(TestGraph.Document("a.txt").Unit("凉山州财政局", "州财政局").Build(), Finance, PropertyNames.Level, "州级"),
        WithProperty(TestGraph.Document("b.txt").Unit("凉山州财政局", bAlias).Measure(1, "落实经费", "凉山州财政局").Build(), Finance, PropertyNames.Code, "513400"),
        TestGraph.Document("c.txt").Unit("凉山州财政局", "财政局").Measure(1, "保障经费", "凉山州财政局").Build(),
    ];

    [SkippableFact]
    public async Task A_shared_record_written_document_by_document_in_any_order_reads_as_if_written_at_once()
    {
        var atOnce = CreateStore();
        await atOnce.ApplyAllAsync(ThreeFinanceDocuments());
        var revisedAtOnce = CreateStore();
        await revisedAtOnce.ApplyAllAsync(ThreeFinanceDocuments(bAlias: "州财政"));

        // b, then c after it, then a before both, then b and c again with the same values.
        var store = await StoreWith(ThreeFinanceDocuments()[1], ThreeFinanceDocuments()[2], ThreeFinanceDocuments()[0]);
        await store.ApplyAllAsync(ThreeFinanceDocuments()[1..]);
        Assert.Equal(await DumpAsync(atOnce), await DumpAsync(store));

        // b, in the middle, changes its alias.
        await store.ApplyAsync(ThreeFinanceDocuments(bAlias: "州财政")[1]);
        Assert.Equal(await DumpAsync(revisedAtOnce), await DumpAsync(store));
    }

    [SkippableFact]
    public async Task Document_order_is_the_first_holding_documents_order_whatever_order_the_documents_came_in()
    {
        var later = TestGraph.Document("b.txt").Unit("凉山州民政局").Unit("凉山州财政局").Build();
        var earlier = TestGraph.Document("a.txt").Unit("凉山州财政局").Unit("凉山州教育体育局").Build();

        var store = await StoreWith(later, earlier);

        Assert.Equal(["凉山州财政局", "凉山州教育体育局", "凉山州民政局"], await UnitNames(store));
    }

    [SkippableFact]
    public async Task Applying_a_corpus_the_store_already_holds_changes_nothing_and_says_so()
    {
        GraphBatch[] corpus =
        [
            FinanceDocument(),
            TestGraph.Document("b.txt").Unit("凉山州财政局", "凉山州财政").Measure(1, "落实经费", "凉山州财政局").Build(),
        ];
        var store = CreateStore();
        await store.ApplyAllAsync(corpus);
        var before = await DumpAsync(store);

        var changes = await store.ApplyAllAsync(corpus);

        Assert.All(changes, change => Assert.True(change.IsUnchanged));
        Assert.Equal(before, await DumpAsync(store));
    }

    public static TheoryData<string, GraphBatch> OutsideTheModel => new()
    {
        {
            "a label",
            TestGraph.Document("c.txt").Build() with
            {
                Nodes = [.. TestGraph.Document("c.txt").Build().Nodes, new NodeRecord("thing:x", "Thing", new Dictionary<string, object?>())],
            }
        },
        {
            "a relationship type",
            TestGraph.Document("c.txt").Unit("凉山州财政局").Build() with
            {
                Relationships = [new RelationshipRecord("r", "KNOWS", NodeIds.Document("c.txt"), Finance, new Dictionary<string, object?>())],
            }
        },
    };

    [SkippableTheory]
    [MemberData(nameof(OutsideTheModel))]
    public async Task A_batch_with_a_label_or_type_outside_the_graph_model_is_rejected_and_changes_nothing(string because, GraphBatch batch)
    {
        var store = await StoreWith(FinanceDocument());
        var before = await DumpAsync(store);

        await Assert.ThrowsAsync<ArgumentException>(() => store.ApplyAsync(batch));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ApplyAllAsync([FinanceDocument(), batch]));

        Assert.True(before.SequenceEqual(await DumpAsync(store)), because);
    }
}
