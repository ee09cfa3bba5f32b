using System.Globalization;
using System.Net.Http.Json;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Bytes allocated (every thread, server and client) and bytes answered per request for each query of
/// <see cref="ScaledReadmeQueryBenchmarks"/>, at each scale given: the same allocation column without BenchmarkDotNet's
/// runs, so that a loaded machine can still tell in minutes which queries grow with the graph and which do not. Only the
/// queries named are sent, when some are (at 300× the queries whose answer grows take minutes each).
/// </summary>
internal static class ReadmeQueryAllocations
{
    private const int WarmUpRequests = 3;
    private const int MeasuredRequests = 10;

    public static async Task RunAsync(IReadOnlyList<int> scales, IReadOnlyCollection<string> queries)
    {
        var rows = ScaledReadmeQueryBenchmarks.Queries()
            .Where(query => queries.Count == 0 || queries.Contains(query))
            .ToDictionary(query => query, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var copies in scales)
        {
            using var api = new ScaledApi(copies);
            foreach (var (query, cells) in rows)
            {
                var operation = DocumentationPages.Operation(query);
                for (var i = 0; i < WarmUpRequests; i++)
                {
                    await PostAsync(api.Client, operation);
                }

                var before = GC.GetTotalAllocatedBytes(precise: true);
                var answered = 0L;
                for (var i = 0; i < MeasuredRequests; i++)
                {
                    answered = await PostAsync(api.Client, operation);
                }

                var allocated = (GC.GetTotalAllocatedBytes(precise: true) - before) / MeasuredRequests;
                cells.Add(string.Create(CultureInfo.InvariantCulture, $"{allocated / 1024.0:N1} KB | {answered / 1024.0:N1} KB"));
            }
        }

        Console.WriteLine("| Query | " + string.Join(" | ", scales.Select(copies => $"{copies}×: Allocated | {copies}×: Answer")) + " |");
        Console.WriteLine("| --- | " + string.Join(" | ", scales.Select(_ => "---: | ---:")) + " |");
        foreach (var (query, cells) in rows)
        {
            Console.WriteLine($"| {query} | {string.Join(" | ", cells)} |");
        }
    }

    private static async Task<long> PostAsync(HttpClient client, DocumentedOperation operation)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query = operation.Text, variables = operation.Variables });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).LongLength;
    }
}
