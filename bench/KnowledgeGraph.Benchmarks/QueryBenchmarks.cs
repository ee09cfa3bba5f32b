using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Whole GraphQL requests through the in-process server on the seed documents: parsing, validation, execution with
/// DataLoaders, and JSON writing.
/// </summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private const string FinanceBureau = """
        {
          units(where: { name: { eq: "凉山州财政局" } }) {
            nodes {
              name
              lead: measures(role: LEAD) { totalCount nodes { number title plan { title } } }
              support: measures(role: CO, first: 50) { totalCount nodes { number title plan { title } } }
            }
          }
        }
        """;

    private const string FiftyMeasures = """
        {
          measures(first: 50) {
            nodes { title leadUnits { name } coUnits { name } plan { title } document { fileName } evidence { snippet } }
          }
        }
        """;

    private SeededApiFactory _api = null!;
    private HttpClient _client = null!;

    [GlobalSetup]
    public void StartApi()
    {
        _api = new SeededApiFactory();
        _client = _api.CreateClient();
    }

    [GlobalCleanup]
    public void StopApi()
    {
        _client.Dispose();
        _api.Dispose();
    }

    /// <summary>The journalist's question: what 凉山州财政局 leads and what it supports.</summary>
    [Benchmark]
    public Task<string> FinanceBureauResponsibilities() => PostAsync(FinanceBureau);

    /// <summary>A page of 50 measures with their units, plan, document and evidence.</summary>
    [Benchmark]
    public Task<string> PageOfFiftyMeasures() => PostAsync(FiftyMeasures);

    private async Task<string> PostAsync(string query)
    {
        using var response = await _client.PostAsJsonAsync("/graphql", new { query });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
