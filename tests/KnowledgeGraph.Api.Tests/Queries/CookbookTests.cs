using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests.Queries;

/// <summary>The documented exploring queries, run as written, give the answers the rest of the API computes.</summary>
[Collection(SeededApi.Name)]
public sealed class CookbookTests(KnowledgeGraphApiFactory api)
{
    private async Task<JsonNode> Run(string operationName)
    {
        var query = DocumentationPages.Operation(operationName);
        return await api.DataAsync(query.Text, query.Variables);
    }

    private static HashSet<string> Ids(JsonNode? nodes) => nodes.Values<string>("id").ToHashSet();

    [Fact]
    public async Task TopLeadUnits_names_the_unit_that_leads_the_most_measures_first()
    {
        var units = await api.AllNodesAsync("units", "name lead: measures(role: LEAD) { totalCount }");
        var most = units.Max(u => u!["lead"]!["totalCount"]!.GetValue<int>());

        var top = (await Run("TopLeadUnits"))["unitResponsibility"]![0]!;

        Assert.Equal(most, top["lead"]!.GetValue<int>());
        Assert.Contains(top["unit"]!["name"]!.GetValue<string>(), units.Where(u => u!["lead"]!["totalCount"]!.GetValue<int>() == most).Select(u => u!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task TwoHops_holds_平昌县_its_regions_what_mentions_it_and_what_those_hold_and_nothing_farther()
    {
        // Every id in this answer lies at most two relationships from 平昌县.
        var region = (await api.DataAsync("""
            {
              regions(where: { name: { eq: "平昌县" } }) {
                nodes {
                  id
                  parent { id parent { id } children { id } }
                  mentionedIn {
                    id
                    ... on Document { entities { id } }
                    ... on Article { document { id } reportedBy { id } entities { id } }
                  }
                }
              }
            }
            """))["regions"]!["nodes"]![0]!;
        var expectedAtLeast = AllIds(region).ToHashSet();

        var neighborhood = (await Run("TwoHops"))["neighborhood"]!;

        var nodes = Ids(neighborhood["nodes"]);
        Assert.Equal(region["id"]!.GetValue<string>(), neighborhood["nodes"]![0]!["id"]!.GetValue<string>());
        Assert.Subset(nodes, expectedAtLeast);
        Assert.All(Distances(region["id"]!.GetValue<string>(), neighborhood["edges"]!.AsArray()), distance => Assert.InRange(distance.Value, 0, 2));
        Assert.Equal(nodes, Distances(region["id"]!.GetValue<string>(), neighborhood["edges"]!.AsArray()).Keys.ToHashSet());
    }

    private static IEnumerable<string> AllIds(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key == "id" ? [p.Value!.GetValue<string>()] : AllIds(p.Value)),
        JsonArray array => array.SelectMany(AllIds),
        _ => [],
    };

    // Hop counts from a node over a subgraph's edges, followed either way.
    private static Dictionary<string, int> Distances(string start, JsonArray edges)
    {
        var ends = edges.Select(e => (Source: e!["sourceId"]!.GetValue<string>(), Target: e["targetId"]!.GetValue<string>())).ToList();
        var distances = new Dictionary<string, int> { [start] = 0 };
        var frontier = new List<string> { start };
        for (var distance = 1; frontier.Count > 0; distance++)
        {
            var reached = ends
                .SelectMany(e => frontier.Contains(e.Source) ? [e.Target] : frontier.Contains(e.Target) ? new[] { e.Source } : [])
                .ToList();
            frontier = reached.Where(id => distances.TryAdd(id, distance)).ToList();
        }

        return distances;
    }

    [Fact]
    public async Task ShortestPaths_are_shortest_and_join_the_two_units()
    {
        var query = DocumentationPages.Operation("ShortestPaths");

        var paths = (await Run("ShortestPaths"))["paths"]!.AsArray();
        var shorter = (await api.DataAsync(query.Text.Replace("maxLength: 4", $"maxLength: {paths[0]!["length"]!.GetValue<int>() - 1}", StringComparison.Ordinal), query.Variables))["paths"]!.AsArray();

        Assert.All(paths, path =>
        {
            var nodes = path!["nodes"].Values<string>("id").ToList();
            Assert.Equal([query.Variables!["from"]!.GetValue<string>(), query.Variables["to"]!.GetValue<string>()], [nodes[0], nodes[^1]]);
            Assert.Equal(paths[0]!["length"]!.GetValue<int>(), path["edges"]!.AsArray().Count);
        });
        Assert.Empty(shorter);
    }

    [Fact]
    public async Task WhereWasItRead_points_at_the_spans_that_name_the_unit()
    {
        var text = ExtractionPipeline.Default.Run(SourceDocumentFile.Read(Path.Combine(RepositoryPaths.SeedDocuments, "004_e24c27e5441453ca.txt"))).Text.Text;

        var connection = (await Run("WhereWasItRead"))["units"]!["nodes"]![0]!["measuresConnection"]!;

        Assert.Equal(connection["totalCount"]!.GetValue<int>(), connection["edges"]!.AsArray().Count);
        Assert.All(connection["edges"]!.AsArray(), edge =>
        {
            var evidence = edge!["properties"]!["evidence"]!;
            var span = text.Substring(evidence["offset"]!.GetValue<int>(), evidence["length"]!.GetValue<int>());
            Assert.Contains("财政局", span, StringComparison.Ordinal);
            Assert.StartsWith(evidence["snippet"]!.GetValue<string>(), span, StringComparison.Ordinal);
            Assert.Equal("LEAD", edge["properties"]!["role"]!.GetValue<string>());
        });
    }

    [Fact]
    public async Task SearchStudios_ranks_a_text_that_names_名师工作室_first_with_it_marked()
    {
        var hits = (await Run("SearchStudios"))["search"]!.AsArray();

        Assert.Contains("<em>名师工作室</em>", hits[0]!["snippet"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(hits.Select(h => h!["score"]!.GetValue<double>()).OrderDescending(), hits.Select(h => h!["score"]!.GetValue<double>()));
    }

    [Fact]
    public async Task FundingByPayer_sums_the_funding_lines_of_each_payer()
    {
        var lines = (await api.DataAsync("{ fundingLines(first: 100) { totalCount nodes { payer amountYuanMin amountYuanMax } } }"))["fundingLines"]!;
        Assert.True(lines["totalCount"]!.GetValue<int>() <= 100, "every funding line fits in the page");
        var expected = lines["nodes"]!.AsArray()
            .GroupBy(l => l!["payer"]?.GetValue<string>())
            .ToDictionary(g => g.Key ?? "(none)", g => (g.Count(), g.Sum(l => l!["amountYuanMin"]?.GetValue<double>() ?? 0)));

        var totals = (await Run("FundingByPayer"))["fundingTotals"]!.AsArray();

        Assert.Equal(expected, totals.ToDictionary(
            t => t!["key"]?.GetValue<string>() ?? "(none)",
            t => (t!["lines"]!.GetValue<int>(), t["amountYuanMin"]?.GetValue<double>() ?? 0)));
        Assert.Equal(totals.Select(t => t!["amountYuanMin"]?.GetValue<double>() ?? 0).OrderDescending(), totals.Select(t => t!["amountYuanMin"]?.GetValue<double>() ?? 0));
    }

    [Fact]
    public async Task GraphSize_adds_up_per_kind_and_covers_every_document()
    {
        var documents = (await api.DataAsync("{ documents { totalCount } }"))["documents"]!["totalCount"]!.GetValue<int>();

        var stats = (await Run("GraphSize"))["stats"]!;

        Assert.Equal(stats["nodes"]!.AsArray().Sum(n => n!["count"]!.GetValue<int>()), stats["nodeCount"]!.GetValue<int>());
        Assert.Equal(stats["relationships"]!.AsArray().Sum(n => n!["count"]!.GetValue<int>()), stats["relationshipCount"]!.GetValue<int>());
        Assert.Equal(documents, stats["documents"]!.AsArray().Count);
    }
}
