using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Testing;
using Xunit.Abstractions;

namespace KnowledgeGraph.Conformance.Tests;

/// <summary>
/// Researchers' tools read the whole-graph exports: graphology-graphml reads the GraphML and jsonld.js expands the
/// JSON-LD with the served context, and both find the nodes and relationships the GraphQL API counts, kind by kind,
/// with evidence on every relationship.
/// </summary>
public sealed class ExportReadersTests(KestrelApiFactory api, ITestOutputHelper output) : IClassFixture<KestrelApiFactory>
{
    private const string StatsQuery = "query ExportReadersStats { stats { nodeCount relationshipCount nodes { kind count } } }";

    [Fact]
    public async Task Graphology_and_jsonld_js_read_every_node_and_relationship_the_API_counts_with_evidence_on_each()
    {
        var address = api.StartAndGetAddress();
        var stats = await StatsAsync(address);

        var run = await ExternalProcess.RunAsync(
            "node", ["read-exports.mjs", address.ToString()], ConformanceTools.Directory, TimeSpan.FromMinutes(3));
        output.WriteLine(run.Output);

        Assert.True(run.ExitCode == 0, $"read-exports.mjs failed:\n{run.Output}");
        var read = JsonNode.Parse(run.Output.Trim().Split('\n')[^1])!;
        Assert.Empty(read["refusedUrls"]!.AsArray());

        var graphml = read["graphml"]!;
        Assert.Equal("directed", graphml["type"]!.GetValue<string>());
        Assert.Equal(stats.Nodes, graphml["nodes"]!.GetValue<int>());
        Assert.Equal(stats.Relationships, graphml["edges"]!.GetValue<int>());
        Assert.Equal(stats.NodesByKind, graphml["kinds"]!.AsObject()
            .ToDictionary(kind => KindName(kind.Key), kind => kind.Value!.GetValue<int>()));
        Assert.Equal(0, graphml["edgesWithoutEvidence"]!.GetValue<int>());
        Assert.Equal(0, graphml["offsetsNotNumbers"]!.GetValue<int>());

        var jsonLd = read["jsonLd"]!;
        Assert.Equal(stats.Nodes, jsonLd["nodes"]!.GetValue<int>());
        Assert.Equal(stats.Relationships, jsonLd["relationships"]!.GetValue<int>());
        Assert.Equal(0, jsonLd["itemsThatLostTerms"]!.GetValue<int>());
        Assert.Equal(0, jsonLd["relationshipsWithoutEvidence"]!.GetValue<int>());
    }

    /// <summary>A node kind as GraphQL's NodeKind names it (TEACHER_STUDIO) from the exports' name (TeacherStudio).</summary>
    private static string KindName(string exported) =>
        string.Concat(exported.Select((c, i) => i > 0 && char.IsUpper(c) ? $"_{c}" : char.ToUpperInvariant(c).ToString()));

    private static async Task<(int Nodes, int Relationships, Dictionary<string, int> NodesByKind)> StatsAsync(Uri address)
    {
        using var client = new HttpClient { BaseAddress = address };
        using var response = await client.PostAsJsonAsync("/graphql", new { query = StatsQuery });
        var stats = (await response.Content.ReadFromJsonAsync<JsonNode>())!["data"]!["stats"]!;
        return (
            stats["nodeCount"]!.GetValue<int>(),
            stats["relationshipCount"]!.GetValue<int>(),
            stats["nodes"]!.AsArray().ToDictionary(n => n!["kind"]!.GetValue<string>(), n => n!["count"]!.GetValue<int>()));
    }
}
