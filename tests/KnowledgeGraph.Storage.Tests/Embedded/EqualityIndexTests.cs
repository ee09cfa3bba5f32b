using System.Globalization;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Embedded;
using KnowledgeGraph.Storage.Querying;
using KnowledgeGraph.Storage.Tests.Contract;

namespace KnowledgeGraph.Storage.Tests.Embedded;

/// <summary>
/// A filter with an <c>eq</c> or <c>in</c> on an indexed property is answered from the embedded store's equality index:
/// it must find exactly the nodes, in the same order, that evaluating the filter on every node of the label finds,
/// whatever the values (numbers, their text, nulls, lists, missing properties), and follow every write.
/// </summary>
public sealed class EqualityIndexTests : IDisposable
{
    private static readonly IReadOnlyList<string> Tags = ["5", "a"];

    private readonly EmbeddedGraphStore _store = new();

    public void Dispose() => _store.Dispose();

    // Units whose names are not all strings, as a hand-written or merged batch may hold them.
    private static readonly IReadOnlyList<(string Id, object? Name)> OddNames =
    [
        ("n-string-5", "5"), ("n-number-5", 5L), ("n-double", 1.5), ("n-decimal", 5.00m), ("n-bool", true),
        ("n-null", null), ("n-list", Tags), ("n-a", "a"), ("n-a-again", "a"),
    ];

    public static TheoryData<string> FilterNames => [.. Filters.Keys];

    private static readonly Dictionary<string, NodeFilter> Filters = new()
    {
        ["eq string"] = Name(FilterOperator.Equal, "a"),
        ["eq a number's text"] = Name(FilterOperator.Equal, "5"),
        ["eq a decimal's text"] = Name(FilterOperator.Equal, "5.00"),
        ["eq a double's text"] = Name(FilterOperator.Equal, "1.5"),
        ["eq a boolean's text"] = Name(FilterOperator.Equal, "True"),
        ["eq a list's text"] = Name(FilterOperator.Equal, Convert.ToString(Tags, CultureInfo.InvariantCulture)),
        ["eq a number"] = Name(FilterOperator.Equal, 5L),
        ["eq null"] = Name(FilterOperator.Equal, null),
        ["eq nothing held"] = Name(FilterOperator.Equal, "nobody"),
        ["not eq"] = new PropertyCondition(PropertyNames.Name, FilterOperator.Equal, "a", Negated: true),
        ["in strings"] = Name(FilterOperator.In, new object?[] { "a", "5", "a", "nobody" }),
        ["in with null"] = Name(FilterOperator.In, new object?[] { "a", null }),
        ["in numbers"] = Name(FilterOperator.In, new object?[] { 5L }),
        ["in nothing"] = Name(FilterOperator.In, Array.Empty<object?>()),
        ["all of eq and in"] = new AllOf([Name(FilterOperator.Equal, "a"), Name(FilterOperator.In, new object?[] { "5", "a" })]),
        ["all of eq and an unindexed condition"] = new AllOf([
            Name(FilterOperator.In, new object?[] { "5", "a" }),
            new PropertyCondition(PropertyNames.Name, FilterOperator.StartsWith, "5")]),
        ["any of"] = new AnyOf([Name(FilterOperator.Equal, "a"), Name(FilterOperator.Equal, "5")]),
    };

    [Theory]
    [MemberData(nameof(FilterNames))]
    public async Task An_indexed_filter_finds_what_evaluating_it_on_every_node_of_the_label_finds(string filterName)
    {
        var filter = Filters[filterName];
        await _store.ApplyAllAsync([OddNamesDocument("odd1.txt"), TestGraph.Document("odd0.txt").Unit("a").Unit("5").Build()]);

        var page = await _store.FindNodesAsync(new NodeQuery(NodeLabels.Unit, filter, [], PageWindow.FirstOf(100)));

        var scanned = _store.Snapshot.NodesWithLabel(NodeLabels.Unit).Where(node => NodeFilterEvaluator.Matches(filter, node)).ToList();
        Assert.Equal(scanned.Select(node => node.Id), page.Items.Select(node => node.Id));
        Assert.Equal(scanned.Count, page.TotalCount);
    }

    [Fact]
    public async Task The_lookups_that_read_the_index_find_nodes_by_text_equal_to_a_value_that_is_not_a_string()
    {
        await _store.ApplyAsync(OddNamesDocument("odd1.txt"));

        var page = await _store.FindNodesAsync(new NodeQuery(NodeLabels.Unit, Name(FilterOperator.Equal, "5"), [], PageWindow.FirstOf(10)));

        Assert.Equal(["n-string-5", "n-number-5"], page.Items.Select(node => node.Id));
    }

    [Fact]
    public async Task A_node_renamed_by_a_reingested_document_is_found_by_its_new_name_and_not_its_old()
    {
        await _store.ApplyAllAsync([Renamed("老名称"), TestGraph.Document("other.txt").Unit("老名称").Build()]);
        await _store.ApplyAsync(Renamed("新名称"));

        var byNewName = await FindUnitsNamedAsync("新名称");
        var byOldName = await FindUnitsNamedAsync("老名称");

        Assert.Equal(["renamed"], byNewName.Items.Select(node => node.Id));
        Assert.Equal([NodeIds.Unit("老名称")], byOldName.Items.Select(node => node.Id));
    }

    [Fact]
    public async Task A_node_whose_last_document_is_emptied_is_no_longer_found()
    {
        await _store.ApplyAsync(TestGraph.Document("gone.txt").Unit("凉山州财政局").Build());
        await _store.ApplyAsync(TestGraph.Document("gone.txt").Build());

        Assert.Equal(0, (await FindUnitsNamedAsync("凉山州财政局")).TotalCount);
    }

    [Fact]
    public async Task An_indexed_lookup_orders_and_pages_its_matches_as_the_scan_does()
    {
        await _store.ApplyAllAsync([.. Enumerable.Range(0, 6).Select(number => OddNamesDocument($"odd{number}.txt", $"{number}-"))]);
        var filter = Name(FilterOperator.In, new object?[] { "a", "5" });

        var order = new[] { new SortField(PropertyNames.Name, Descending: true) };
        var window = new PageWindow(null, null, 3, null);

        var page = await _store.FindNodesAsync(new NodeQuery(NodeLabels.Unit, filter, order, window));

        // The same condition alone in an AnyOf, which the index does not narrow, is answered by the scan.
        var scanned = await _store.FindNodesAsync(new NodeQuery(NodeLabels.Unit, new AnyOf([filter]), order, window));
        Assert.Equal(3, page.Items.Count);
        Assert.Equal(scanned.Items.Select(node => node.Id), page.Items.Select(node => node.Id));
        Assert.Equal(scanned.TotalCount, page.TotalCount);
    }

    private Task<NodePage> FindUnitsNamedAsync(string name) =>
        _store.FindNodesAsync(new NodeQuery(NodeLabels.Unit, Name(FilterOperator.Equal, name), [], PageWindow.FirstOf(10)));

    private static PropertyCondition Name(FilterOperator op, object? value) => new(PropertyNames.Name, op, value);

    private static GraphBatch Renamed(string name)
    {
        var batch = TestGraph.Document("renaming.txt").Build();
        return batch with { Nodes = [.. batch.Nodes, Unit("renamed", name)] };
    }

    private static GraphBatch OddNamesDocument(string fileName, string idPrefix = "")
    {
        var batch = TestGraph.Document(fileName).Build();
        return batch with { Nodes = [.. batch.Nodes, .. OddNames.Select(odd => Unit(idPrefix + odd.Id, odd.Name)), new NodeRecord(idPrefix + "n-missing", NodeLabels.Unit, new Dictionary<string, object?>())] };
    }

    private static NodeRecord Unit(string id, object? name) =>
        new(id, NodeLabels.Unit, new Dictionary<string, object?> { [PropertyNames.Name] = name });
}
