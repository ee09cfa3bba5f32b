using System.Diagnostics;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Testing;
using KnowledgeGraph.Testing.Neo4j;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>
/// Transient failures and connection failures are retried with backoff within the budget, then reported as
/// STORE_UNAVAILABLE; everything else fails at once. Delays are milliseconds here (<see cref="TestRunners"/>).
/// </summary>
public sealed class RetryTests : IAsyncLifetime
{
    private const string Statement = "MATCH (n) RETURN count(n) AS n";
    private static readonly FakeReply Count = FakeReply.Rows(["n"], """[[{"$type":"Integer","_value":"7"}]]""");
    private FakeQueryApi _neo4j = null!;

    public async Task InitializeAsync() => _neo4j = await FakeQueryApi.StartAsync();

    public async Task DisposeAsync() => await _neo4j.DisposeAsync();

    [Theory]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected")]
    [InlineData("Neo.TransientError.Transaction.LockAcquisitionTimeout")]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable")]
    [InlineData("Neo.ClientError.Cluster.NotALeader")]
    public async Task A_transient_error_is_retried_until_the_statement_succeeds(string neo4jCode)
    {
        _neo4j.Script(Statement, FakeReply.Transient(neo4jCode), FakeReply.Transient(neo4jCode), Count);
        await using var services = TestRunners.Services(_neo4j.Address);

        var result = await services.Runner().RunAsync(CypherStatement.Read("Count", Statement));

        Assert.Equal(7L, result.Records.Single()["n"]);
        Assert.Equal(3, _neo4j.Requests.Count);
    }

    [Fact]
    public async Task A_dropped_connection_is_retried()
    {
        _neo4j.Script(Statement, FakeReply.DroppedConnection, Count);
        await using var services = TestRunners.Services(_neo4j.Address);

        var result = await services.Runner().RunAsync(CypherStatement.Read("Count", Statement));

        Assert.Equal(7L, result.Records.Single()["n"]);
    }

    [Fact]
    public async Task A_transient_error_that_outlasts_the_budget_makes_the_store_unavailable_carrying_the_last_code()
    {
        _neo4j.Script(Statement, FakeReply.Transient("Neo.TransientError.Transaction.DeadlockDetected"));
        await using var services = TestRunners.Services(_neo4j.Address, new Dictionary<string, string?> { ["KnowledgeGraph:Neo4j:RetryBudget"] = "00:00:00.500" });
        var clock = Stopwatch.StartNew();

        var failure = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => services.Runner().RunAsync(CypherStatement.Read("Count", Statement)));

        Assert.Equal(StoreErrorCodes.StoreUnavailable, failure.ErrorCode);
        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", failure.Neo4jCode);
        Assert.Contains("retry budget", failure.Message);
        Assert.InRange(_neo4j.Requests.Count, 3, 100);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task A_neo4j_that_is_down_at_start_is_waited_for_until_it_comes_back()
    {
        var port = LoopbackPorts.Free();
        await using var services = TestRunners.Services(new Uri($"http://127.0.0.1:{port}/"), new Dictionary<string, string?> { ["KnowledgeGraph:Neo4j:RetryBudget"] = "00:00:10" });

        var running = services.Runner().RunAsync(CypherStatement.Read("Count", Statement));
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.False(running.IsCompleted);
        await using var late = await FakeQueryApi.StartAsync(port);
        late.Script(Statement, Count);

        var result = await running;
        Assert.Equal(7L, result.Records.Single()["n"]);
    }

    [Fact]
    public async Task A_neo4j_that_never_comes_back_makes_the_store_unavailable()
    {
        await using var services = TestRunners.Services(new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}/"), new Dictionary<string, string?> { ["KnowledgeGraph:Neo4j:RetryBudget"] = "00:00:00.300" });

        var failure = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => services.Runner().RunAsync(CypherStatement.Read("Count", Statement)));

        Assert.Equal(StoreErrorCodes.StoreUnavailable, failure.ErrorCode);
        Assert.Contains("Cannot reach Neo4j", failure.InnerException!.Message);
    }

    [Fact]
    public async Task A_request_that_exceeds_its_timeout_is_abandoned_and_retried()
    {
        _neo4j.Script(Statement, Count.After(TimeSpan.FromSeconds(10)), Count);
        await using var services = TestRunners.Services(_neo4j.Address, new Dictionary<string, string?> { ["KnowledgeGraph:Neo4j:RequestTimeout"] = "00:00:00.200" });
        var clock = Stopwatch.StartNew();

        var result = await services.Runner().RunAsync(CypherStatement.Read("Count", Statement));

        Assert.Equal(7L, result.Records.Single()["n"]);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(150), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task A_server_that_keeps_timing_out_makes_the_store_unavailable_saying_so()
    {
        _neo4j.Script(Statement, Count.After(TimeSpan.FromSeconds(10)));
        // The budget leaves room for at least one request to time out even on a loaded machine, so that the failure
        // reported is the request's timeout, not a budget that ran out before any request ended.
        await using var services = TestRunners.Services(_neo4j.Address, new Dictionary<string, string?>
        {
            ["KnowledgeGraph:Neo4j:RequestTimeout"] = "00:00:00.100",
            ["KnowledgeGraph:Neo4j:RetryBudget"] = "00:00:02",
        });

        var failure = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => services.Runner().RunAsync(CypherStatement.Read("Count", Statement)));

        Assert.Contains("did not answer 'Count' within 0.1 s", failure.InnerException!.Message);
    }

    [Fact]
    public async Task A_caller_that_cancels_is_not_retried_nor_reported_as_unavailable()
    {
        _neo4j.Script(Statement, Count.After(TimeSpan.FromSeconds(10)));
        await using var services = TestRunners.Services(_neo4j.Address);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => services.Runner().RunAsync(CypherStatement.Read("Count", Statement), cancellation.Token));
        Assert.Single(_neo4j.Requests);
    }
}
