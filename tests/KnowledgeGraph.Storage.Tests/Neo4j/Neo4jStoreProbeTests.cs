using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Testing.Neo4j;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>
/// What the Neo4j store's probe (behind <c>/readyz</c> and the start-up load) finds: one request, never retried, and a
/// failure told in terms of the setting to fix.
/// </summary>
public sealed class Neo4jStoreProbeTests : RunnerOnFakeNeo4j
{
    private const string CheckConnection = "RETURN 1 AS ok";

    [Fact]
    public async Task A_Neo4j_that_answers_is_available()
    {
        var status = await Probe(Services).CheckAsync();

        Assert.True(status.IsAvailable);
        Assert.Equal($"Neo4j at {Neo4j.Address} (database 'neo4j') answers.", status.Description);
        Assert.Equal([CheckConnection], Neo4j.Requests.Select(request => request.Statement));
    }

    [Fact]
    public async Task A_transient_failure_is_reported_at_once_not_retried()
    {
        Neo4j.Script(CheckConnection, FakeReply.Transient("Neo.TransientError.General.DatabaseUnavailable"));

        var status = await Probe(Services).CheckAsync();

        Assert.False(status.IsAvailable);
        Assert.Contains("Neo.TransientError.General.DatabaseUnavailable", status.Description, StringComparison.Ordinal);
        Assert.Single(Neo4j.Requests);
    }

    [Fact]
    public async Task A_database_the_server_does_not_have_names_the_database_setting()
    {
        await using var services = TestRunners.Services(Neo4j.Address, new Dictionary<string, string?> { ["KnowledgeGraph:Neo4j:Database"] = "graph" });

        var status = await Probe(services).CheckAsync();

        Assert.False(status.IsAvailable);
        Assert.Equal($"Neo4j at {Neo4j.Address} (database 'graph') has no such database: check KnowledgeGraph:Neo4j:Database.", status.Description);
    }

    private static Neo4jStoreProbe Probe(IServiceProvider services) => ActivatorUtilities.CreateInstance<Neo4jStoreProbe>(services);
}
