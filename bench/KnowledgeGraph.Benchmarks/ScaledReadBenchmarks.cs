using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Aggregates;
using KnowledgeGraph.Storage.Traversal;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Reads whose answer does not grow with the graph, on the seeds and on <see cref="Copies"/> times the seeds
/// (<see cref="ScaledCorpus"/>): each should cost about the same at every scale. The API loads the corpus from a
/// folder as it does in production; the store operations are then asked directly, the journalist's question through
/// GraphQL (its <c>totalCount</c> is the API's).
/// </summary>
[MemoryDiagnoser]
public class ScaledReadBenchmarks
{
    private static readonly string Finance = NodeIds.Unit("凉山州财政局");
    private static readonly string HumanResources = NodeIds.Unit("凉山州人力资源社会保障局");
    private static readonly string Education = NodeIds.Unit("凉山州教育体育局");

    private const string MeasuresOfAnyRoleQuery = """
        {
          units(where: { name: { eq: "凉山州财政局" } }) {
            nodes { name measures(role: ANY, first: 10) { totalCount nodes { number title } } }
          }
        }
        """;

    private ScaledApi _api = null!;
    private HttpClient _client = null!;
    private IGraphStore _store = null!;
    private string _liangshanNotice = null!;

    /// <summary>How many renamed copies of the five seed documents make the corpus.</summary>
    [Params(1, 100)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void StartApi()
    {
        _api = new ScaledApi(Copies);
        _client = _api.Client;
        _store = _api.Services.GetRequiredService<IGraphStore>();
        _liangshanNotice = ScaledCorpus.DocumentId(0, "004_e24c27e5441453ca.txt");
    }

    [GlobalCleanup]
    public void StopApi() => _api.Dispose();

    /// <summary>The cookbook's <c>paths</c>: 凉山州财政局 to 凉山州人力资源社会保障局, at most 4 long, the first 3.</summary>
    [Benchmark]
    public async Task<int> ShortestPathsBetweenTwoUnits() =>
        (await _store.FindShortestPathsAsync(new PathQuery(Finance, HumanResources, 4, 3))).Count;

    /// <summary><c>unitResponsibility(document:)</c> on the Liangshan notice: the units of one document's 100 measures.</summary>
    [Benchmark]
    public async Task<int> UnitResponsibilityInOneDocument() =>
        (await _store.CountRelationshipsAsync(new RelationshipCountQuery(
            [RelationshipTypes.LedBy, RelationshipTypes.CoLedBy],
            [],
            [new Containment(_liangshanNotice, [RelationshipTypes.PartOf])],
            [],
            10))).Count;

    /// <summary>
    /// <c>unitResponsibility(first: 10)</c> over the whole graph, ranked by both roles: the units that hold the most
    /// measures, whatever the number of measures and units.
    /// </summary>
    [Benchmark]
    public async Task<int> UnitResponsibilityUnfiltered() =>
        (await _store.CountRelationshipsAsync(new RelationshipCountQuery(
            [RelationshipTypes.LedBy, RelationshipTypes.CoLedBy],
            [],
            [],
            [],
            10))).Count;

    /// <summary><c>neighborhood(depth: 1, limit: 10)</c> of a hub, 凉山州教育体育局.</summary>
    [Benchmark]
    public async Task<int> NeighborhoodOfAHubLimitedToTen() =>
        (await _store.GetNeighborhoodAsync(new NeighborhoodQuery(Education, 1, [], TraversalDirection.Both, 10)))!.Nodes.Count;

    /// <summary>The journalist's question through GraphQL: what 凉山州财政局 leads, with <c>totalCount</c> and the first page.</summary>
    [Benchmark]
    public async Task<string> JournalistQueryThroughGraphQL()
    {
        using var response = await _client.PostAsJsonAsync("/graphql", new { query = RequestPathBenchmarks.JournalistQuery });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>
    /// The journalist's question for both roles: <c>measures(role: ANY, first: 10)</c> of 凉山州财政局, whose
    /// <c>totalCount</c> counts a measure it leads and shares once.
    /// </summary>
    [Benchmark]
    public async Task<string> MeasuresOfAnyRoleThroughGraphQL()
    {
        using var response = await _client.PostAsJsonAsync("/graphql", new { query = MeasuresOfAnyRoleQuery });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
