using KnowledgeGraph.Api.Commands;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Api.Tests.Ingestion;
using KnowledgeGraph.Testing;
using KnowledgeGraph.Testing.Neo4j;

namespace KnowledgeGraph.Api.Tests.Commands;

/// <summary>
/// <c>ingest</c> with <c>KnowledgeGraph:Store=Neo4j</c> asks Neo4j once before it reads anything: a Neo4j it cannot
/// use is one line on stderr naming the setting to check and exit code 4, at once, with nothing kept or sent. Run as a
/// user runs the built service.
/// </summary>
public sealed class IngestIntoNeo4jTests : IDisposable
{
    private readonly TemporaryDataDirectory _dataDirectory = new();

    public void Dispose() => _dataDirectory.Dispose();

    private Task<CommandOutcome> IngestAsync(Uri neo4j, string password, string user = FakeQueryApi.User) =>
        ApiCommandLine.RunAsync(["ingest", RepositoryPaths.SeedDocuments], RepositoryPaths.Root, new Dictionary<string, string?>(ApiCommandLine.SeededEnvironment(_dataDirectory.Path))
        {
            ["KnowledgeGraph__Store"] = "Neo4j",
            ["KnowledgeGraph__Neo4j__Uri"] = neo4j.ToString(),
            ["KnowledgeGraph__Neo4j__User"] = user,
            ["KnowledgeGraph__Neo4j__Password"] = password,
        });

    [Fact]
    public async Task With_no_Neo4j_at_the_address_ingest_says_it_cannot_be_reached_and_exits_4_having_kept_nothing()
    {
        var address = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}/");

        var outcome = await IngestAsync(address, FakeQueryApi.Password);

        Assert.Equal(ExitCodes.StoreUnavailable, outcome.ExitCode);
        var error = Assert.Single(outcome.ErrorLines);
        Assert.StartsWith($"error: Neo4j at {address} (database 'neo4j') cannot be reached: Connection refused", error, StringComparison.Ordinal);
        Assert.EndsWith("Check KnowledgeGraph:Neo4j:Uri (or NEO4J_URI), and that Neo4j is running. Nothing was ingested.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Documents:", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.Empty(_dataDirectory.FileNames());
    }

    [Fact]
    public async Task With_a_Neo4j_that_refuses_the_password_ingest_says_so_and_exits_4_having_sent_only_the_check()
    {
        await using var neo4j = await FakeQueryApi.StartAsync();

        var outcome = await IngestAsync(neo4j.Address, "not-the-password");

        Assert.Equal(ExitCodes.StoreUnavailable, outcome.ExitCode);
        var error = Assert.Single(outcome.ErrorLines);
        Assert.Equal(
            $"error: Neo4j at {neo4j.Address} (database 'neo4j') refused the credentials (Neo.ClientError.Security.Unauthorized): "
            + "check KnowledgeGraph:Neo4j:User and KnowledgeGraph:Neo4j:Password (or NEO4J_USERNAME and NEO4J_PASSWORD). Nothing was ingested.",
            error);
        Assert.Equal(["RETURN 1 AS ok"], neo4j.Requests.Select(request => request.Statement));
        Assert.Empty(_dataDirectory.FileNames());
    }

    [Fact]
    public async Task With_a_password_but_no_user_ingest_says_which_settings_to_give_and_exits_4_having_sent_nothing()
    {
        await using var neo4j = await FakeQueryApi.StartAsync();

        var outcome = await IngestAsync(neo4j.Address, FakeQueryApi.Password, user: "");

        Assert.Equal(ExitCodes.StoreUnavailable, outcome.ExitCode);
        var error = Assert.Single(outcome.ErrorLines);
        Assert.Equal(
            "error: The Neo4j settings are not valid: Give both KnowledgeGraph:Neo4j:User and :Password (or NEO4J_USERNAME and NEO4J_PASSWORD), "
            + "or neither for a server without authentication. Nothing was ingested.",
            error);
        Assert.Empty(neo4j.Requests);
        Assert.Empty(_dataDirectory.FileNames());
    }
}
