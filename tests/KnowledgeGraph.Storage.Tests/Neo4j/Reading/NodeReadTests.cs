using System.Text.Json.Nodes;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Neo4j.Reading;
using KnowledgeGraph.Storage.Querying;
using KnowledgeGraph.Storage.Tests.Neo4j.Fake;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Reading;

/// <summary>Nodes by id and by query: one read statement per call, decoded into the records every store speaks.</summary>
public sealed class NodeReadTests : ReaderOnFakeNeo4j
{
    private static readonly string Finance = NodeIds.Unit("凉山州财政局");
    private static readonly string Education = NodeIds.Unit("凉山州教育体育局");

    private static JsonNode Unit(string elementId, string id, string name, params string[] aliases) => TypedJson.Node(
        elementId,
        [NodeLabels.Entity, NodeLabels.Unit],
        ("id", id),
        (PropertyNames.Name, name),
        (PropertyNames.Aliases, aliases),
        ("_documentIds", new object?[] { "document:a.txt" }),
        ("_documentId", "document:a.txt"),
        ("_position", 3L));

    private static JsonNode Measure(string elementId, long number) => TypedJson.Node(
        elementId,
        [NodeLabels.Measure, NodeLabels.Entity],
        ("id", $"measure:a/{number}"),
        (PropertyNames.Number, number),
        (PropertyNames.Title, $"措施{number}"));

    [Fact]
    public async Task A_batch_of_ids_is_one_read_statement_and_comes_back_in_the_order_asked_without_bookkeeping()
    {
        string[] ids = [Education, "unit:nobody", Finance, Education];
        // The server may answer in any order; missing ids have no row.
        Answer(NodeStatements.GetNodes(ids), ["n"], [Unit("4:x:1", Finance, "凉山州财政局", "州财政局")], [Unit("4:x:2", Education, "凉山州教育体育局")]);

        var nodes = await Reader.GetNodesAsync(ids, default);

        Assert.Equal([Education, Finance, Education], nodes.Select(node => node.Id));
        var finance = nodes[1];
        Assert.Equal(NodeLabels.Unit, finance.Label);
        Assert.Equal(["name", "aliases"], finance.Properties.Keys);
        Assert.Equal(["州财政局"], Assert.IsType<string[]>(finance.Properties[PropertyNames.Aliases]));
        var request = Assert.Single(Sent);
        Assert.Equal("Read", request.Body!["accessMode"]!.GetValue<string>());
        Assert.Equal([Education, "unit:nobody", Finance], Parameter(request, "ids")!.AsArray().Select(id => id!["_value"]!.GetValue<string>()));
    }

    [Fact]
    public async Task No_ids_ask_nothing()
    {
        Assert.Empty(await Reader.GetNodesAsync([], default));
        Assert.Empty(Sent);
    }

    [Fact]
    public async Task A_page_and_its_total_come_from_one_statement_with_integers_read_from_strings()
    {
        var query = new NodeQuery(NodeLabels.Measure, null, [new SortField(PropertyNames.Number, Descending: true)], new PageWindow(After: 0, Before: null, First: 2, Last: null));
        Answer(NodeStatements.FindNodes(query, 1, 2), ["total", "page"], [12L, TypedJson.List(Measure("4:x:3", 3), Measure("4:x:2", 2))]);

        var page = await Reader.FindNodesAsync(query, default);

        Assert.Equal((1, 12), (page.Offset, page.TotalCount));
        Assert.Equal([3L, 2L], page.Items.Select(node => node.Properties[PropertyNames.Number]));
        var request = Assert.Single(Sent);
        Assert.Equal(["1", "2"], new[] { Parameter(request, "skip"), Parameter(request, "limit") }.Select(value => value!.GetValue<string>()));
    }

    [Fact]
    public async Task A_page_counted_from_the_end_reads_the_total_then_the_count_and_the_window_together()
    {
        var query = new NodeQuery(NodeLabels.Measure, null, [], new PageWindow(null, null, null, Last: 2));
        AnswerInTurn(
            NodeStatements.FindNodes(query, 0, 0),
            ["total", "page"],
            [5L, TypedJson.List()],
            [5L, TypedJson.List(Measure("4:x:4", 4), Measure("4:x:5", 5))]);

        var page = await Reader.FindNodesAsync(query, default);

        Assert.Equal((3, 5), (page.Offset, page.TotalCount));
        Assert.Equal([4L, 5L], page.Items.Select(node => node.Properties[PropertyNames.Number]));
        Assert.Equal(2, Sent.Count);
        // The first statement could only read the count: its window starts beyond the total.
        Assert.True(long.Parse(Parameter(Sent[0], "skip")!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) >= 5);
        Assert.Equal(["3", "2"], new[] { Parameter(Sent[1], "skip"), Parameter(Sent[1], "limit") }.Select(value => value!.GetValue<string>()));
    }

    [Fact]
    public async Task A_page_whose_total_shrank_below_its_reach_is_read_again_where_the_total_puts_it()
    {
        var query = new NodeQuery(NodeLabels.Measure, null, [], new PageWindow(null, Before: 10, First: null, Last: 2));
        AnswerInTurn(
            NodeStatements.FindNodes(query, 0, 0),
            ["total", "page"],
            [4L, TypedJson.List()],
            [4L, TypedJson.List(Measure("4:x:3", 3), Measure("4:x:4", 4))]);

        var page = await Reader.FindNodesAsync(query, default);

        Assert.Equal((2, 4), (page.Offset, page.TotalCount));
        Assert.Equal([3L, 4L], page.Items.Select(node => node.Properties[PropertyNames.Number]));
        Assert.Equal(["8", "2"], new[] { Parameter(Sent[0], "skip"), Parameter(Sent[0], "limit") }.Select(value => value!.GetValue<string>()));
        Assert.Equal(["2", "2"], new[] { Parameter(Sent[1], "skip"), Parameter(Sent[1], "limit") }.Select(value => value!.GetValue<string>()));
    }

    [Fact]
    public async Task A_graph_that_keeps_changing_under_a_page_counted_from_the_end_gets_a_page_after_three_statements()
    {
        var query = new NodeQuery(NodeLabels.Measure, null, [], new PageWindow(null, null, null, Last: 1));
        // Each statement finds one node more than the one before, so the window moves every time.
        AnswerInTurn(
            NodeStatements.FindNodes(query, 0, 0),
            ["total", "page"],
            [3L, TypedJson.List()],
            [4L, TypedJson.List(Measure("4:x:3", 3))],
            [5L, TypedJson.List(Measure("4:x:4", 4))]);

        var page = await Reader.FindNodesAsync(query, default);

        Assert.Equal(3, Sent.Count);
        Assert.Equal((4, 5), (page.Offset, page.TotalCount));
        Assert.Empty(page.Items);
    }

    [Fact]
    public async Task Filter_values_travel_as_parameters_never_in_the_text()
    {
        var filter = new AnyOf([
            new PropertyCondition(PropertyNames.Title, FilterOperator.Contains, "'}) DETACH DELETE n //"),
            new PropertyCondition(PropertyNames.Number, FilterOperator.In, new object?[] { 1L, null }, Negated: true)]);
        var query = new NodeQuery(NodeLabels.Measure, filter, [], PageWindow.FirstOf(10));
        Answer(NodeStatements.FindNodes(query, 0, 10), ["total", "page"], [0L, TypedJson.List()]);

        await Reader.FindNodesAsync(query, default);

        var request = Assert.Single(Sent);
        Assert.DoesNotContain("DELETE", request.Statement!);
        var strings = request.Body!["parameters"]!.AsObject()
            .Where(parameter => parameter.Value!["$type"]!.GetValue<string>() == "String")
            .Select(parameter => parameter.Value!["_value"]!.GetValue<string>());
        Assert.Contains("'}) DETACH DELETE n //", strings);
    }

    [Theory]
    [InlineData("Measure) DETACH DELETE (n")]
    [InlineData("Entity")]
    public async Task A_label_outside_the_graph_model_is_refused_before_anything_is_sent(string label)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Reader.FindNodesAsync(new NodeQuery(label, null, [], PageWindow.FirstOf(1)), default));
        Assert.Empty(Sent);
    }

    [Fact]
    public async Task A_sort_property_that_is_not_a_plain_name_is_refused_before_anything_is_sent()
    {
        var query = new NodeQuery(NodeLabels.Measure, null, [new SortField("title` DESC, n.`_position", false)], PageWindow.FirstOf(1));

        await Assert.ThrowsAsync<ArgumentException>(() => Reader.FindNodesAsync(query, default));
        Assert.Empty(Sent);
    }

    [Fact]
    public async Task A_server_error_surfaces_with_its_code()
    {
        var query = new NodeQuery(NodeLabels.Measure, null, [], PageWindow.FirstOf(1));
        Neo4j.Script(NodeStatements.FindNodes(query, 0, 1).Text, FakeReply.Error(System.Net.HttpStatusCode.BadRequest, "Neo.ClientError.Statement.SyntaxError"));

        var failure = await Assert.ThrowsAsync<Neo4jServerException>(() => Reader.FindNodesAsync(query, default));

        Assert.Equal(("Neo.ClientError.Statement.SyntaxError", StoreErrorCodes.StoreQueryFailed), (failure.Neo4jCode, failure.ErrorCode));
        Assert.Contains("FindNodes", failure.Message);
    }
}
