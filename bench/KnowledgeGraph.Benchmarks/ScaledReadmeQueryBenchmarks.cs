using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Each query of README.md and of the cookbook (docs/queries.md), as written and with the variables the page gives,
/// through GraphQL on <see cref="Copies"/> times the seeds: a query whose answer does not grow with the graph should cost
/// about the same at every scale.
/// </summary>
[MemoryDiagnoser]
public class ScaledReadmeQueryBenchmarks
{
    private static readonly string[] QueryPages = ["README.md", "docs/queries.md"];

    // Loading a large corpus takes far longer than the queries, so in one process every query of a scale shares one
    // API (BenchmarkDotNet runs the cases of a scale one after another), started again only when the scale changes.
    private static ScaledApi? _api;

    private DocumentedOperation _operation = null!;

    /// <summary>How many renamed copies of the five seed documents make the corpus.</summary>
    [Params(1, 100)]
    public int Copies { get; set; }

    /// <summary>The documented query, by its operation name.</summary>
    [ParamsSource(nameof(Queries))]
    public string Query { get; set; } = null!;

    /// <summary>The names of the documented queries (mutations left out).</summary>
    public static IEnumerable<string> Queries() =>
        DocumentationPages.Operations
            .Where(operation => !operation.IsMutation && QueryPages.Contains(operation.Page, StringComparer.Ordinal))
            .Select(operation => operation.Name);

    [GlobalSetup]
    public void StartApi()
    {
        _operation = DocumentationPages.Operation(Query);
        if (_api?.Copies != Copies)
        {
            _api?.Dispose();
            _api = new ScaledApi(Copies);
        }
    }

    /// <summary>The query, sent as a reader pastes it.</summary>
    [Benchmark]
    public async Task<string> ReadmeQuery()
    {
        using var response = await _api!.Client.PostAsJsonAsync("/graphql", new { query = _operation.Text, variables = _operation.Variables });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
