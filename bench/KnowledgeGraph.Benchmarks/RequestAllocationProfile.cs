using System.Globalization;
using System.Net.Http.Json;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Where the journalist query's allocations go, by type: the in-process API (as <see cref="RequestPathBenchmarks"/>)
/// answers it many times while <see cref="AllocationSampler"/> samples every thread's allocations, server and client.
/// </summary>
internal static class RequestAllocationProfile
{
    private const int WarmUpRequests = 200;
    private const int TypesShown = 30;

    public static async Task RunAsync(int requests)
    {
        using var api = new SeededApiFactory();
        using var client = api.CreateClient();
        for (var i = 0; i < WarmUpRequests; i++)
        {
            await PostAsync(client);
        }

        var before = GC.GetTotalAllocatedBytes(precise: true);
        using var sampler = new AllocationSampler();
        for (var i = 0; i < requests; i++)
        {
            await PostAsync(client);
        }

        var perRequest = (GC.GetTotalAllocatedBytes(precise: true) - before) / requests;
        var sampled = sampler.BytesByType.Values.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{requests} requests, {perRequest} bytes allocated per request (all threads); sampled types:"));
        foreach (var (type, bytes) in sampler.BytesByType.OrderByDescending(pair => pair.Value).Take(TypesShown))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{100.0 * bytes / sampled,5:0.0}%  {perRequest * bytes / sampled,7} B  {type}"));
        }
    }

    private static async Task PostAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query = RequestPathBenchmarks.JournalistQuery });
        response.EnsureSuccessStatusCode();
        _ = await response.Content.ReadAsStringAsync();
    }
}
