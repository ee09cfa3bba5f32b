using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Testing.Neo4j;
using Polly.CircuitBreaker;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>After repeated failures the breaker opens: callers fail fast without reaching Neo4j, until it probes again.</summary>
public sealed class CircuitBreakerTests : IAsyncLifetime
{
    private const string Statement = "RETURN 1 AS one";
    private FakeQueryApi _neo4j = null!;

    public async Task InitializeAsync() => _neo4j = await FakeQueryApi.StartAsync();

    public async Task DisposeAsync() => await _neo4j.DisposeAsync();

    [Fact]
    public async Task Repeated_failures_open_the_breaker_then_a_probe_after_the_break_closes_it()
    {
        _neo4j.Script(Statement, FakeReply.Transient("Neo.TransientError.General.DatabaseUnavailable"));
        await using var services = TestRunners.Services(_neo4j.Address, new Dictionary<string, string?>
        {
            ["KnowledgeGraph:Neo4j:BreakerMinimumThroughput"] = "3",
            ["KnowledgeGraph:Neo4j:BreakerBreakDuration"] = "00:00:00.500",
        });
        var runner = services.Runner();

        var opened = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => runner.RunAsync(CypherStatement.Read("One", Statement)));
        Assert.IsType<BrokenCircuitException>(opened.InnerException, exactMatch: false);
        Assert.Equal(StoreErrorCodes.StoreUnavailable, opened.ErrorCode);
        // It opened (the retries stopped on the breaker, not on the 3 s budget) once at least three calls had failed.
        var requestsWhenOpened = _neo4j.Requests.Count;
        Assert.True(requestsWhenOpened >= 3, $"opened after {requestsWhenOpened} requests");

        var refused = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => runner.RunAsync(CypherStatement.Read("One", Statement)));
        Assert.Contains("held back", refused.Message);
        Assert.Equal(requestsWhenOpened, _neo4j.Requests.Count);

        _neo4j.Script(Statement, FakeReply.Rows(["one"], """[[{"$type":"Integer","_value":"1"}]]"""));
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        var result = await runner.RunAsync(CypherStatement.Read("One", Statement));
        Assert.Equal(1L, result.Records.Single()["one"]);
    }

    [Fact]
    public async Task Client_errors_do_not_count_towards_opening_the_breaker()
    {
        _neo4j.Script(Statement, FakeReply.Error(System.Net.HttpStatusCode.BadRequest, "Neo.ClientError.Statement.SyntaxError"));
        await using var services = TestRunners.Services(_neo4j.Address, new Dictionary<string, string?> { ["KnowledgeGraph:Neo4j:BreakerMinimumThroughput"] = "2" });
        var runner = services.Runner();

        for (var i = 0; i < 5; i++)
        {
            await Assert.ThrowsAsync<Neo4jServerException>(() => runner.RunAsync(CypherStatement.Read("One", Statement)));
        }

        Assert.Equal(5, _neo4j.Requests.Count);
    }
}
