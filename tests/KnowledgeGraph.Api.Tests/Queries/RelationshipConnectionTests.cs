using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests.Queries;

/// <summary>Relationships as edges that carry their properties (role, evidence), as in Neo4j GraphQL.</summary>
[Collection(SeededApi.Name)]
public sealed class RelationshipConnectionTests(KnowledgeGraphApiFactory api)
{
    private const string NoticeFile = "004_e24c27e5441453ca.txt";

    private const string UnitMeasuresWithEvidence = """
        query ($name: String!, $role: MeasureRole!) {
          units(where: { name: { eq: $name } }) {
            nodes {
              name
              aliases
              measures(role: $role, first: 100) { totalCount nodes { id } }
              measuresConnection(role: $role, first: 100) {
                totalCount
                edges {
                  cursor
                  kind
                  node { id }
                  properties { role evidence { document { fileName } offset length snippet } }
                }
              }
            }
          }
        }
        """;

    private async Task<JsonNode> Unit(string role) =>
        (await api.DataAsync(UnitMeasuresWithEvidence, new { name = KnownNodes.FinanceBureau, role }))["units"]!["nodes"]![0]!;

    [Theory]
    [InlineData("LEAD", "LED_BY")]
    [InlineData("CO", "CO_LED_BY")]
    public async Task A_units_measure_edges_are_its_measures_of_that_role_with_the_role_on_each_edge(string role, string kind)
    {
        var unit = await Unit(role);

        var connection = unit["measuresConnection"]!;
        Assert.Equal(unit["measures"]!["totalCount"]!.GetValue<int>(), connection["totalCount"]!.GetValue<int>());
        Assert.Equal(unit["measures"]!["nodes"].Values<string>("id"), connection["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
        Assert.All(connection["edges"]!.AsArray(), edge =>
        {
            Assert.Equal(kind, edge!["kind"]!.GetValue<string>());
            Assert.Equal(role, edge["properties"]!["role"]!.GetValue<string>());
        });
    }

    [Fact]
    public async Task Each_edge_says_where_in_the_source_the_responsibility_was_read()
    {
        var text = ExtractionPipeline.Default.Run(SourceDocumentFile.Read(Path.Combine(RepositoryPaths.SeedDocuments, NoticeFile))).Text.Text;
        var unit = await Unit("ANY");
        var names = unit["aliases"]!.AsArray().Select(a => a!.GetValue<string>()).Append(unit["name"]!.GetValue<string>()).ToList();

        Assert.All(unit["measuresConnection"]!["edges"]!.AsArray(), edge =>
        {
            var evidence = edge!["properties"]!["evidence"]!;
            var span = text.Substring(evidence["offset"]!.GetValue<int>(), evidence["length"]!.GetValue<int>());
            Assert.Equal(NoticeFile, evidence["document"]!["fileName"]!.GetValue<string>());
            Assert.StartsWith(evidence["snippet"]!.GetValue<string>(), span, StringComparison.Ordinal);
            Assert.Contains(names, name => span.Contains(name, StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task A_measures_responsibility_edges_list_its_lead_units_then_its_other_units()
    {
        var measure = (await api.DataAsync("""
            {
              measures(where: { number: { eq: 12 } }, first: 1) {
                nodes {
                  leadUnits { id }
                  coUnits { id }
                  responsibilitiesConnection(first: 100) { totalCount edges { node { id } properties { role } } }
                }
              }
            }
            """))["measures"]!["nodes"]![0]!;

        var edges = measure["responsibilitiesConnection"]!["edges"]!.AsArray();
        var lead = measure["leadUnits"].Values<string>("id").ToList();
        var co = measure["coUnits"].Values<string>("id").ToList();
        Assert.Equal(lead.Concat(co), edges.Select(e => e!["node"]!["id"]!.GetValue<string>()));
        Assert.Equal(lead.Select(_ => "LEAD").Concat(co.Select(_ => "CO")), edges.Select(e => e!["properties"]!["role"]!.GetValue<string>()));
        Assert.Equal(lead.Count + co.Count, measure["responsibilitiesConnection"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Relationship_connections_page_with_cursors()
    {
        const string Page = """
            query ($after: String) {
              plans(first: 1) { nodes { measuresConnection(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { number } } } } }
            }
            """;
        var first = (await api.DataAsync(Page))["plans"]!["nodes"]![0]!["measuresConnection"]!;
        var after = first["pageInfo"]!["endCursor"]!.GetValue<string>();

        var second = (await api.DataAsync(Page, new { after }))["plans"]!["nodes"]![0]!["measuresConnection"]!;
        var all = (await api.DataAsync("{ plans(first: 1) { nodes { measures(first: 4) { nodes { number } } } } }"))["plans"]!["nodes"]![0]!["measures"]!["nodes"];

        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(
            all.Values<int>("number"),
            first["edges"]!.AsArray().Concat(second["edges"]!.AsArray()).Select(e => e!["node"]!["number"]!.GetValue<int>()));
    }
}
