using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace KnowledgeGraph.Api.Tests.Queries;

[Collection(SeededApi.Name)]
public sealed class TraversalTests(KnowledgeGraphApiFactory api)
{
    private const string Neighborhood = """
        query ($id: ID!, $depth: Int, $relationships: [RelationshipKind!], $direction: Direction, $limit: Int) {
          neighborhood(id: $id, depth: $depth, relationships: $relationships, direction: $direction, limit: $limit) {
            truncated
            nodes { __typename id }
            edges { id kind sourceId targetId properties { role evidence { snippet } } }
          }
        }
        """;

    private const string Paths = """
        query ($from: ID!, $to: ID!, $maxLength: Int, $first: Int) {
          paths(from: $from, to: $to, maxLength: $maxLength, first: $first) {
            length
            nodes { id }
            edges { kind sourceId targetId }
          }
        }
        """;

    // What the API's typed fields say about a unit's measures: their ids, with each measure's plan and units.
    private async Task<JsonNode> UnitMeasures(string name, string role = "ANY") =>
        (await api.DataAsync(
            """
            query ($name: String!, $role: MeasureRole!) {
              units(where: { name: { eq: $name } }) {
                nodes { id measures(role: $role, first: 100) { nodes { id plan { id } leadUnits { id } coUnits { id } } } }
              }
            }
            """,
            new { name, role }))["units"]!["nodes"]![0]!;

    private static readonly string[] Responsibilities = ["LED_BY", "CO_LED_BY"];

    private static HashSet<string> Ids(JsonNode? nodes) => nodes.Values<string>("id").ToHashSet();

    private async Task<JsonNode> NeighborhoodOf(string id, int depth, string[]? relationships = null, string direction = "BOTH", int? limit = null) =>
        (await api.DataAsync(Neighborhood, new { id, depth, relationships, direction, limit }))["neighborhood"]!;

    [Fact]
    public async Task One_hop_around_a_unit_is_the_unit_and_every_measure_it_is_responsible_for()
    {
        var unit = await UnitMeasures(KnownNodes.FinanceBureau);
        var unitId = unit["id"]!.GetValue<string>();

        var subgraph = await NeighborhoodOf(unitId, 1, Responsibilities);

        var nodes = subgraph["nodes"]!.AsArray();
        Assert.Equal(unitId, nodes[0]!["id"]!.GetValue<string>());
        Assert.Equal(Ids(unit["measures"]!["nodes"]), Ids(new JsonArray(nodes.Skip(1).Select(n => n!.DeepClone()).ToArray())));
        Assert.Equal(nodes.Count - 1, subgraph["edges"]!.AsArray().Count);
        Assert.All(subgraph["edges"]!.AsArray(), edge =>
        {
            Assert.Equal(unitId, edge!["targetId"]!.GetValue<string>());
            Assert.Equal(edge["kind"]!.GetValue<string>() == "LED_BY" ? "LEAD" : "CO", edge["properties"]!["role"]!.GetValue<string>());
            Assert.False(string.IsNullOrEmpty(edge["properties"]!["evidence"]!["snippet"]!.GetValue<string>()));
        });
        Assert.False(subgraph["truncated"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Two_hops_reach_the_plans_and_the_other_units_of_those_measures()
    {
        var unit = await UnitMeasures(KnownNodes.FinanceBureau);
        var measures = unit["measures"]!["nodes"]!.AsArray();
        var expected = new HashSet<string> { unit["id"]!.GetValue<string>() };
        expected.UnionWith(Ids(measures));
        expected.UnionWith(measures.Select(m => m!["plan"]!["id"]!.GetValue<string>()));
        expected.UnionWith(measures.SelectMany(m => m!["leadUnits"].Values<string>("id").Concat(m["coUnits"].Values<string>("id"))));

        var subgraph = await NeighborhoodOf(unit["id"]!.GetValue<string>(), 2, [.. Responsibilities, "PART_OF"]);

        var nodeIds = Ids(subgraph["nodes"]);
        Assert.Equal(expected, nodeIds);
        Assert.All(subgraph["edges"]!.AsArray(), edge =>
            Assert.True(nodeIds.Contains(edge!["sourceId"]!.GetValue<string>()) && nodeIds.Contains(edge["targetId"]!.GetValue<string>())));
    }

    [Fact]
    public async Task Direction_and_relationship_kinds_restrict_the_walk()
    {
        var led = await UnitMeasures(KnownNodes.FinanceBureau, "LEAD");
        var unitId = led["id"]!.GetValue<string>();

        var outgoing = await NeighborhoodOf(unitId, 2, Responsibilities, "OUTGOING");
        var ledOnly = await NeighborhoodOf(unitId, 1, ["LED_BY"], "INCOMING");

        Assert.Equal([unitId], Ids(outgoing["nodes"]));
        Assert.Equal(Ids(led["measures"]!["nodes"]).Append(unitId).ToHashSet(), Ids(ledOnly["nodes"]));
        Assert.All(ledOnly["edges"]!.AsArray(), edge => Assert.Equal("LED_BY", edge!["kind"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_limit_keeps_the_nearest_nodes_and_says_the_result_was_cut()
    {
        var unitId = await api.UnitIdAsync(KnownNodes.FinanceBureau);

        var subgraph = await NeighborhoodOf(unitId, 2, Responsibilities, limit: 3);

        Assert.True(subgraph["truncated"]!.GetValue<bool>());
        Assert.Equal([unitId, "Measure", "Measure"], subgraph["nodes"]!.AsArray().Select((n, i) => i == 0 ? n!["id"]!.GetValue<string>() : n!["__typename"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(4, null, "TRAVERSAL_TOO_DEEP")]
    [InlineData(1, 100_000, "TRAVERSAL_TOO_LARGE")]
    [InlineData(-1, null, "INVALID_ARGUMENT")]
    [InlineData(1, 0, "INVALID_ARGUMENT")]
    public async Task Neighbourhoods_beyond_the_bounds_are_errors_with_codes(int depth, int? limit, string code)
    {
        var unitId = await api.UnitIdAsync(KnownNodes.FinanceBureau);

        var body = await api.QueryAsync(Neighborhood, new { id = unitId, depth, limit });

        Assert.Equal([code], body.ErrorCodes());
    }

    [Fact]
    public async Task A_neighbourhood_larger_than_configured_is_an_error_not_a_silent_cut()
    {
        await using var small = new KnowledgeGraphApiFactory().WithWebHostBuilder(host => host.UseSetting("KnowledgeGraph:Traversal:MaxNodes", "5"));
        var unitId = await small.UnitIdAsync(KnownNodes.FinanceBureau);

        var body = await small.QueryAsync(Neighborhood, new { id = unitId, depth = 1 });
        var limited = await small.DataAsync(Neighborhood, new { id = unitId, depth = 1, limit = 5 });

        Assert.Equal(["TRAVERSAL_TOO_LARGE"], body.ErrorCodes());
        Assert.Equal(5, limited["neighborhood"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_neighbourhood_of_an_unknown_node_is_null()
    {
        var data = await api.DataAsync(Neighborhood, new { id = "dW5pdDpub2JvZHk", depth = 1 });

        Assert.Null(data["neighborhood"]);
    }

    [Fact]
    public async Task The_shortest_paths_between_two_units_run_through_their_common_neighbours_the_measures_they_share_among_them()
    {
        var finance = await UnitMeasures(KnownNodes.FinanceBureau);
        var humanResources = await UnitMeasures(KnownNodes.HumanResourcesBureau);
        var ends = new { from = finance["id"]!.GetValue<string>(), to = humanResources["id"]!.GetValue<string>() };
        var sharedMeasures = Ids(finance["measures"]!["nodes"]);
        sharedMeasures.IntersectWith(Ids(humanResources["measures"]!["nodes"]));
        var commonNeighbours = Ids((await NeighborhoodOf(ends.from, 1))["nodes"]);
        commonNeighbours.IntersectWith(Ids((await NeighborhoodOf(ends.to, 1))["nodes"]));

        var paths = (await api.DataAsync(Paths, new { ends.from, ends.to, first = 50 }))["paths"]!.AsArray();

        Assert.NotEmpty(sharedMeasures);
        Assert.Subset(commonNeighbours, sharedMeasures);
        Assert.Equal(commonNeighbours, paths.Select(p => p!["nodes"]![1]!["id"]!.GetValue<string>()).ToHashSet());
        Assert.All(paths, path =>
        {
            var nodes = path!["nodes"].Values<string>("id").ToList();
            Assert.Equal(2, path["length"]!.GetValue<int>());
            Assert.Equal([ends.from, ends.to], [nodes[0], nodes[^1]]);
            Assert.All(path["edges"]!.AsArray().Select((edge, i) => (edge, i)), step => Assert.Equal(
                new[] { nodes[step.i], nodes[step.i + 1] }.Order(),
                new[] { step.edge!["sourceId"]!.GetValue<string>(), step.edge["targetId"]!.GetValue<string>() }.Order()));
        });
    }

    [Fact]
    public async Task Paths_longer_than_max_length_are_not_found()
    {
        var from = await api.UnitIdAsync(KnownNodes.FinanceBureau);
        var to = await api.UnitIdAsync(KnownNodes.HumanResourcesBureau);

        var paths = (await api.DataAsync(Paths, new { from, to, maxLength = 1 }))["paths"]!.AsArray();

        Assert.Empty(paths);
    }

    [Theory]
    [InlineData(7, null, "TRAVERSAL_TOO_DEEP")]
    [InlineData(4, 51, "TRAVERSAL_TOO_LARGE")]
    [InlineData(4, 0, "INVALID_ARGUMENT")]
    public async Task Paths_beyond_the_bounds_are_errors_with_codes(int maxLength, int? first, string code)
    {
        var from = await api.UnitIdAsync(KnownNodes.FinanceBureau);
        var to = await api.UnitIdAsync(KnownNodes.HumanResourcesBureau);

        var body = await api.QueryAsync(Paths, new { from, to, maxLength, first });

        Assert.Equal([code], body.ErrorCodes());
    }
}
