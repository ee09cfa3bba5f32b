using KnowledgeGraph.Testing;
using Xunit.Abstractions;

namespace KnowledgeGraph.Conformance.Tests;

/// <summary>The running API passes every audit of graphql-http's GraphQL-over-HTTP suite, MAYs included.</summary>
public sealed class GraphQLOverHttpAuditTests(KestrelApiFactory api, ITestOutputHelper output) : IClassFixture<KestrelApiFactory>
{
    [Fact]
    public async Task The_endpoint_passes_all_graphql_http_server_audits()
    {
        var endpoint = new Uri(api.StartAndGetAddress(), "/graphql");

        var run = await ExternalProcess.RunAsync(
            "node", ["audit-server.mjs", endpoint.ToString()], ConformanceTools.Directory, TimeSpan.FromMinutes(2));
        output.WriteLine(run.Output);

        var failures = run.Output.Split('\n').Where(line => line.StartsWith("notice ", StringComparison.Ordinal)
            || line.StartsWith("warn ", StringComparison.Ordinal)
            || line.StartsWith("error ", StringComparison.Ordinal));
        Assert.True(run.ExitCode == 0, $"graphql-http audits failed:\n{string.Join('\n', failures.Distinct())}\n\n{run.Output}");
        Assert.Contains(" passed, 0 failed", run.Output, StringComparison.Ordinal);
    }
}
