using System.Net;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Api.Traversal;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Querying;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Tests.Exports;

/// <summary>
/// Every export, read back by an independent reader (System.Xml for GraphML, Sylvan for CSV, System.Text.Json for
/// JSON-LD), holds the nodes and relationships the GraphQL API counts (<c>stats</c>) or returns (<c>neighborhood</c>),
/// with evidence on every edge.
/// </summary>
[Collection(SeededApi.Name)]
public sealed class ExportTests(KnowledgeGraphApiFactory api)
{
    private const string NeighborhoodQuery = """
        query ExportedNeighborhood($id: ID!, $depth: Int!) {
          neighborhood(id: $id, depth: $depth) { nodes { id } edges { id sourceId targetId } }
        }
        """;

    private const string EvidenceKeys = "evidenceDocumentId evidenceOffset evidenceLength evidenceSnippet";

    [Fact]
    public async Task The_whole_graph_as_GraphML_has_the_API_s_node_and_relationship_counts_and_evidence_on_every_edge()
    {
        var (nodeCount, relationshipCount) = await StatsAsync();

        var graphml = await api.GraphMLAsync();

        var graph = graphml.Root!.Element(ExportReader.GraphML + "graph")!;
        Assert.Equal("directed", graph.Attribute("edgedefault")!.Value);
        var nodes = graph.Elements(ExportReader.GraphML + "node").Select(n => n.Attribute("id")!.Value).ToList();
        var edges = graph.Elements(ExportReader.GraphML + "edge").ToList();
        Assert.Equal(nodeCount, nodes.Count);
        Assert.Equal(nodeCount, nodes.Distinct().Count());
        Assert.Equal(relationshipCount, edges.Count);
        var nodeIds = nodes.ToHashSet();
        Assert.All(edges, edge =>
        {
            Assert.Contains(edge.Attribute("source")!.Value, nodeIds);
            Assert.Contains(edge.Attribute("target")!.Value, nodeIds);
        });

        // Every datum names a declared key of its element's kind, and every edge carries its evidence.
        var keys = graphml.Root.Elements(ExportReader.GraphML + "key")
            .ToDictionary(k => k.Attribute("id")!.Value, k => (For: k.Attribute("for")!.Value, Name: k.Attribute("attr.name")!.Value));
        Assert.All(graphml.Descendants(ExportReader.GraphML + "data"), datum =>
            Assert.Equal(datum.Parent!.Name.LocalName, keys[datum.Attribute("key")!.Value].For));
        Assert.All(edges, edge =>
        {
            var named = edge.Elements(ExportReader.GraphML + "data").Select(d => keys[d.Attribute("key")!.Value].Name).ToHashSet();
            Assert.Superset(EvidenceKeys.Split(' ').Append("kind").ToHashSet(), named);
        });
    }

    [Fact]
    public async Task Every_property_the_graph_holds_as_a_whole_number_is_declared_one_in_GraphML_and_in_the_JSON_LD_context()
    {
        var store = api.Services.GetRequiredService<IGraphStore>();
        var properties = new List<KeyValuePair<string, object?>>();
        foreach (var label in NodeLabels.All)
        {
            var page = await store.FindNodesAsync(new NodeQuery(label, null, [], PageWindow.FirstOf(100_000)));
            properties.AddRange(page.Items.SelectMany(node => node.Properties));
        }

        // `number` is held both ways (a document's 凉委办发〔2022〕14号, a measure's 3) and is exported as text.
        var wholeNumbers = properties.Where(p => p.Value is long or int).Select(p => p.Key)
            .Except(properties.Where(p => p.Value is string).Select(p => p.Key)).ToList();

        var graphml = await api.GraphMLAsync();
        var graphmlTypes = graphml.Root!.Elements(ExportReader.GraphML + "key")
            .Where(key => key.Attribute("for")!.Value == "node")
            .ToDictionary(key => key.Attribute("attr.name")!.Value, key => key.Attribute("attr.type")!.Value);
        var context = (await api.JsonLdAsync("/export/context.jsonld"))["@context"]!.AsObject();

        Assert.Contains(PropertyNames.EvidenceOffset, wholeNumbers);
        Assert.All(wholeNumbers, name =>
        {
            Assert.True(graphmlTypes[name] == "long", $"GraphML declares '{name}' {graphmlTypes[name]}, but the graph holds whole numbers.");
            Assert.True(context[name] is JsonObject term && term["@type"]?.GetValue<string>() == "xsd:long", $"The JSON-LD context does not type '{name}' xsd:long.");
        });
    }

    [Fact]
    public async Task A_neighbourhood_as_GraphML_holds_the_nodes_and_edges_GraphQL_s_neighborhood_returns()
    {
        var id = await api.UnitIdAsync(KnownNodes.FinanceBureau);
        var expected = await NeighborhoodAsync(id, 1);

        var graphml = await api.GraphMLAsync($"?node={id}&depth=1");

        var graph = graphml.Root!.Element(ExportReader.GraphML + "graph")!;
        Assert.Equal(expected.Nodes, graph.Elements(ExportReader.GraphML + "node").Select(n => n.Attribute("id")!.Value).Order().ToList());
        Assert.Equal(expected.Edges, graph.Elements(ExportReader.GraphML + "edge").Select(e => e.Attribute("id")!.Value).Order().ToList());
    }

    [Fact]
    public async Task The_CSV_lists_have_the_API_s_counts_a_byte_order_mark_and_edges_between_listed_nodes()
    {
        var (nodeCount, relationshipCount) = await StatsAsync();

        var nodes = await api.CsvAsync("nodes.csv");
        var edges = await api.CsvAsync("edges.csv");

        Assert.Equal(nodeCount, nodes.Count);
        Assert.Equal(relationshipCount, edges.Count);
        var ids = nodes.Select(n => n["Id"]).ToHashSet();
        Assert.Equal(nodeCount, ids.Count);
        Assert.All(edges, edge =>
        {
            Assert.Contains(edge["Source"], ids);
            Assert.Contains(edge["Target"], ids);
            Assert.NotEmpty(edge["evidenceDocumentId"]);
            Assert.Contains(edge["evidenceDocumentId"], ids);
        });
        Assert.Equal([0xEF, 0xBB, 0xBF], (await api.DownloadAsync("/export/nodes.csv"))[..3]);
    }

    [Fact]
    public async Task CSV_cells_keep_commas_quotes_and_line_breaks_of_the_text()
    {
        // Measures' full texts hold Chinese and ASCII punctuation; the parser must give back the API's text exactly.
        var measure = (await api.DataAsync("query OneMeasure { measures(first: 1) { nodes { id text } } }"))["measures"]!["nodes"]![0]!;

        var row = (await api.CsvAsync("nodes.csv")).Single(n => n["Id"] == measure["id"]!.GetValue<string>());

        Assert.Equal(measure["text"]!.GetValue<string>(), row["text"]);
    }

    [Fact]
    public async Task A_neighbourhood_as_CSV_holds_the_nodes_and_edges_GraphQL_s_neighborhood_returns()
    {
        var id = await api.UnitIdAsync(KnownNodes.EducationBureau);
        var expected = await NeighborhoodAsync(id, 1);

        var nodes = await api.CsvAsync("nodes.csv", $"?node={id}");
        var edges = await api.CsvAsync("edges.csv", $"?node={id}");

        Assert.Equal(expected.Nodes, nodes.Select(n => n["Id"]).Order().ToList());
        Assert.Equal(expected.Edges, edges.Select(e => e["Id"]).Order().ToList());
    }

    [Fact]
    public async Task The_JSON_LD_uses_only_terms_its_context_defines_and_has_the_API_s_counts()
    {
        var (nodeCount, relationshipCount) = await StatsAsync();

        var document = await api.JsonLdAsync("/export/graph.jsonld");
        var context = (await api.JsonLdAsync("/export/context.jsonld"))["@context"]!.AsObject();

        Assert.EndsWith("/export/context.jsonld", document["@context"]!.GetValue<string>(), StringComparison.Ordinal);
        var items = document["@graph"]!.AsArray().Select(item => item!.AsObject()).ToList();
        var relationships = items.Where(item => item["@type"]!.GetValue<string>() == "Relationship").ToList();
        var nodes = items.Except(relationships).ToList();
        Assert.Equal(nodeCount, nodes.Count);
        Assert.Equal(relationshipCount, relationships.Count);
        Assert.All(items, item =>
        {
            Assert.All(item.Select(p => p.Key).Where(key => !key.StartsWith('@')), key => Assert.True(context.ContainsKey(key), $"'{key}' is not defined by the context."));
            Assert.True(context.ContainsKey(item["@type"]!.GetValue<string>()));
        });

        // Terms the context types as ids point at nodes of the graph; evidence travels on every relationship.
        var nodeIris = nodes.Select(n => n["@id"]!.GetValue<string>()).ToHashSet();
        var references = context.Where(term => term.Value is JsonObject definition && definition["@type"]?.GetValue<string>() == "@id").Select(term => term.Key).ToList();
        Assert.Contains("source", references);
        Assert.All(items, item => Assert.All(references.Where(item.ContainsKey), term => Assert.Contains(item[term]!.GetValue<string>(), nodeIris)));
        Assert.All(relationships, r => Assert.All(EvidenceKeys.Split(' '), key => Assert.True(r.ContainsKey(key), $"{r["@id"]} has no {key}.")));
    }

    [Fact]
    public async Task A_neighbourhood_as_JSON_LD_holds_the_nodes_GraphQL_s_neighborhood_returns()
    {
        var id = await api.UnitIdAsync(KnownNodes.HumanResourcesBureau);
        var expected = await NeighborhoodAsync(id, 1);

        var document = await api.JsonLdAsync($"/export/graph.jsonld?node={id}&depth=1");

        var items = document["@graph"]!.AsArray().Select(item => item!.AsObject()).ToList();
        Assert.Equal(expected.Nodes.Count, items.Count(item => item["@type"]!.GetValue<string>() != "Relationship"));
        Assert.Equal(expected.Edges.Count, items.Count(item => item["@type"]!.GetValue<string>() == "Relationship"));
        Assert.Contains(items, item => item["@id"]!.GetValue<string>().EndsWith(id, StringComparison.Ordinal));
    }

    public static TheoryData<string> Exports => ["graph.graphml", "nodes.csv", "edges.csv", "graph.jsonld"];

    [Theory]
    [MemberData(nameof(Exports))]
    public async Task An_id_the_API_did_not_issue_is_a_400_that_says_so(string file)
    {
        var (status, problem) = await ProblemAsync($"/export/{file}?node=not-an-id!");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("INVALID_ID", problem["code"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Exports))]
    public async Task An_unknown_node_is_a_404(string file)
    {
        // A well-formed id of ours for a node the graph does not hold.
        var id = Convert.ToBase64String("unit:不存在的单位"u8.ToArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        var (status, _) = await ProblemAsync($"/export/{file}?node={id}");

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Theory]
    [InlineData("abc", "INVALID_ARGUMENT")]
    [InlineData("-1", "INVALID_ARGUMENT")]
    [InlineData("1.5", "INVALID_ARGUMENT")]
    public async Task A_depth_that_is_not_a_whole_number_is_a_400(string depth, string code)
    {
        var id = await api.UnitIdAsync(KnownNodes.FinanceBureau);

        var (status, problem) = await ProblemAsync($"/export/graph.graphml?node={id}&depth={depth}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(code, problem["code"]!.GetValue<string>());
        Assert.Contains("depth", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_depth_beyond_the_traversal_limit_is_refused_as_GraphQL_refuses_it()
    {
        var maxDepth = api.Services.GetRequiredService<IOptions<TraversalOptions>>().Value.MaxDepth;
        var id = await api.UnitIdAsync(KnownNodes.FinanceBureau);
        var graphQL = await api.QueryAsync(NeighborhoodQuery, new { id, depth = maxDepth + 1 });

        var (status, problem) = await ProblemAsync($"/export/nodes.csv?node={id}&depth={maxDepth + 1}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(graphQL.ErrorCodes().Single(), problem["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_neighbourhood_larger_than_the_traversal_limit_is_refused_as_GraphQL_refuses_it()
    {
        // The education bureau leads most measures: within the deepest allowed depth lies more than the node limit.
        var maxDepth = api.Services.GetRequiredService<IOptions<TraversalOptions>>().Value.MaxDepth;
        var id = await api.UnitIdAsync(KnownNodes.EducationBureau);
        var graphQL = await api.QueryAsync(NeighborhoodQuery, new { id, depth = maxDepth });
        Assert.Equal(["TRAVERSAL_TOO_LARGE"], graphQL.ErrorCodes());

        var (status, problem) = await ProblemAsync($"/export/graph.jsonld?node={id}&depth={maxDepth}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("TRAVERSAL_TOO_LARGE", problem["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_depth_without_a_node_is_a_400()
    {
        var (status, problem) = await ProblemAsync("/export/graph.graphml?depth=2");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("node", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<(int Nodes, int Relationships)> StatsAsync()
    {
        var stats = (await api.DataAsync("query ExportedStats { stats { nodeCount relationshipCount } }"))["stats"]!;
        return (stats["nodeCount"]!.GetValue<int>(), stats["relationshipCount"]!.GetValue<int>());
    }

    private async Task<(List<string> Nodes, List<string> Edges)> NeighborhoodAsync(string id, int depth)
    {
        var neighborhood = (await api.DataAsync(NeighborhoodQuery, new { id, depth }))["neighborhood"]!;
        return (
            neighborhood["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).Order().ToList(),
            neighborhood["edges"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()).Order().ToList());
    }

    private async Task<(HttpStatusCode Status, JsonObject Problem)> ProblemAsync(string path)
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }
}
