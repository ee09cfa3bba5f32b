using System.Net;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Testing.Neo4j;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>
/// <see cref="ICypherRunner.ExecuteWriteAsync{T}"/>: a write is retried only as a whole transaction, any failure rolls
/// back, and the fake's committed state shows that nothing is ever half-written or written twice.
/// </summary>
public sealed class WriteTransactionTests : RunnerOnFakeNeo4j
{
    private const string RemoveOld = "MATCH (n {document: $document}) DETACH DELETE n";
    private const string MergeNodes = "UNWIND $rows AS row MERGE (n:Entity {id: row.id})";
    [Fact]
    public async Task A_unit_of_statements_commits_once()
    {
        var runs = await ApplyBatchAsync();

        Assert.Equal(1, runs);
        Assert.Equal([RemoveOld, MergeNodes], Neo4j.Committed.Select(statement => statement.Text));
        Assert.Equal("doc-1", Neo4j.Committed[0].Parameters!["document"]!["_value"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_commit_that_fails_transiently_reruns_the_whole_unit_in_a_new_transaction_and_writes_it_once()
    {
        Neo4j.FailNextCommits(FakeReply.Transient("Neo.TransientError.Transaction.LeaderSwitch"));

        var runs = await ApplyBatchAsync();

        Assert.Equal(2, runs);
        // The first transaction's statements died with its commit; only the second one's are kept.
        Assert.Equal([RemoveOld, MergeNodes], Neo4j.Committed.Select(statement => statement.Text));
        Assert.Equal(2, Neo4j.Requests.Count(request => request.Path.EndsWith("/tx", StringComparison.Ordinal)));
        Assert.Equal(0, Neo4j.OpenTransactionCount);
    }

    [Fact]
    public async Task A_statement_that_fails_transiently_is_not_retried_alone_but_with_its_whole_transaction()
    {
        Neo4j.Script(MergeNodes, FakeReply.Transient(), FakeReply.Empty);

        var runs = await ApplyBatchAsync();

        Assert.Equal(2, runs);
        var statementsPerTransaction = Neo4j.Requests
            .Where(request => request.Statement is not null)
            .GroupBy(request => request.Path)
            .Select(group => group.Select(request => request.Statement))
            .ToList();
        Assert.Equal([[RemoveOld, MergeNodes], [RemoveOld, MergeNodes]], statementsPerTransaction);
        Assert.Equal([RemoveOld, MergeNodes], Neo4j.Committed.Select(statement => statement.Text));
    }

    [Fact]
    public async Task A_connection_lost_inside_the_transaction_reruns_the_whole_unit()
    {
        Neo4j.Script(MergeNodes, FakeReply.DroppedConnection, FakeReply.Empty);

        var runs = await ApplyBatchAsync();

        Assert.Equal(2, runs);
        // The lost transaction was rolled back (best effort: the server had already dropped it).
        Assert.Contains(Neo4j.Requests, request => request is { Method: "DELETE", Path: "/db/neo4j/query/v2/tx/tx-1" });
        Assert.Equal([RemoveOld, MergeNodes], Neo4j.Committed.Select(statement => statement.Text));
    }

    [Fact]
    public async Task A_client_error_in_the_unit_fails_at_once_and_writes_nothing()
    {
        Neo4j.Script(MergeNodes, FakeReply.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Schema.ConstraintValidationFailed"));

        var failure = await Assert.ThrowsAsync<Neo4jServerException>(ApplyBatchAsync);

        Assert.Equal(StoreErrorCodes.StoreConflict, failure.ErrorCode);
        Assert.Single(Neo4j.Requests, request => request.Path.EndsWith("/tx", StringComparison.Ordinal));
        Assert.Empty(Neo4j.Committed);
        Assert.Equal(0, Neo4j.OpenTransactionCount);
    }

    [Fact]
    public async Task A_failure_in_our_own_code_rolls_the_transaction_back_and_is_not_retried()
    {
        var runs = 0;
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => Services.Runner().ExecuteWriteAsync<int>(async (transaction, cancellationToken) =>
        {
            runs++;
            await transaction.RunAsync(CypherStatement.Write("RemoveOld", RemoveOld), cancellationToken);
            throw new InvalidOperationException("the batch is inconsistent");
        }));

        Assert.Equal("the batch is inconsistent", failure.Message);
        Assert.Equal(1, runs);
        var rollback = Neo4j.Requests[^1];
        Assert.Equal(("DELETE", "/db/neo4j/query/v2/tx/tx-1"), (rollback.Method, rollback.Path));
        Assert.Empty(Neo4j.Committed);
        Assert.Equal(0, Neo4j.OpenTransactionCount);
    }

    [Fact]
    public async Task A_unit_that_keeps_failing_transiently_gives_up_within_the_budget_with_nothing_written()
    {
        Neo4j.FailNextCommits([.. Enumerable.Repeat(FakeReply.Transient(), 1000)]);
        await using var services = TestRunners.Services(Neo4j.Address, new Dictionary<string, string?> { ["KnowledgeGraph:Neo4j:RetryBudget"] = "00:00:00.400" });

        var failure = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => ApplyBatchAsync(services.Runner()));

        Assert.Equal(StoreErrorCodes.StoreUnavailable, failure.ErrorCode);
        Assert.Empty(Neo4j.Committed);
        // No open-transaction check here: when the budget ends while a transaction is being opened, its id never
        // reaches us, and the server drops it at its idle timeout. It holds nothing committed either way.
    }

    private Task<int> ApplyBatchAsync() => ApplyBatchAsync(Services.Runner());

    // What the store will do for one document: remove its old contribution, merge the new rows, in one transaction.
    private static async Task<int> ApplyBatchAsync(ICypherRunner runner)
    {
        var runs = 0;
        await runner.ExecuteWriteAsync(async (transaction, cancellationToken) =>
        {
            runs++;
            await transaction.RunAsync(CypherStatement.Write("RemoveOld", RemoveOld, new Dictionary<string, object?> { ["document"] = "doc-1" }), cancellationToken);
            var rows = new List<object?> { new Dictionary<string, object?> { ["id"] = "unit:州财政局" } };
            return await transaction.RunAsync(CypherStatement.Write("MergeNodes", MergeNodes, new Dictionary<string, object?> { ["rows"] = rows }), cancellationToken);
        });
        return runs;
    }
}
