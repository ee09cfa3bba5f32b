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

    [Fact]
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

    [Fact]
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

    [Fact]
    public async Task Document_order_is_the_first_holding_documents_order_whatever_order_the_documents_came_in()
    {
        var later = TestGraph.Document("b.txt").Unit("凉山州民政局").Unit("凉山州财政局").Build();
        var earlier = TestGraph.Document("a.txt").Unit("凉山州财政局").Unit("凉山州教育体育局").Build();

        var store = await StoreWith(later, earlier);

        Assert.Equal(["凉山州财政局", "凉山州教育体育局", "凉山州民政局"], await UnitNames(store));
    }

    [Fact]
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

    [Theory]
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
