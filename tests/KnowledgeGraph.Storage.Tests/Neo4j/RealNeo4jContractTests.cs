using KnowledgeGraph.Storage.Neo4j;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>
/// The same runner against a real Neo4j (5.26 LTS or later), configured from the environment as the application would
/// be. It checks what the fake can only assume: that the server accepts our requests and answers in the shapes we
/// decode. Nodes it writes carry a label of their own and are removed afterwards.
/// </summary>
public sealed class RealNeo4jContractTests : IAsyncLifetime
{
    private const string ProbeLabel = "KnowledgeGraphTransportProbe";
    private readonly string _probeId = $"probe:{Guid.NewGuid():N}";
    private ServiceProvider? _services;

    private ICypherRunner Runner => (_services ??= RealNeo4jServices.Create()).GetRequiredService<ICypherRunner>();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_services is null)
        {
            return;
        }

        await Runner.RunAsync(CypherStatement.Write("RemoveProbe", $"MATCH (n:{ProbeLabel} {{id: $id}}) DETACH DELETE n", Id()));
        await _services.DisposeAsync();
    }

    [RealNeo4jFact]
    public async Task A_read_returns_typed_values_and_parameters_round_trip()
    {
        var parameters = new Dictionary<string, object?> { ["text"] = "凉山州", ["big"] = 9007199254740993L, ["day"] = new DateOnly(2022, 5, 1), ["list"] = new[] { 1, 2 } };

        var record = (await Runner.RunAsync(CypherStatement.Read("Echo", "RETURN 1 AS one, $text AS text, $big AS big, $day AS day, $list AS list", parameters))).Records.Single();

        Assert.Equal(1L, record["one"]);
        Assert.Equal("凉山州", record["text"]);
        Assert.Equal(9007199254740993L, record["big"]);
        Assert.Equal(new DateOnly(2022, 5, 1), record["day"]);
        Assert.Equal(new object?[] { 1L, 2L }, record.Get<IReadOnlyList<object?>>("list"));
    }

    [RealNeo4jFact]
    public async Task A_write_transaction_commits_and_a_later_read_sees_it()
    {
        var written = await Runner.ExecuteWriteAsync(async (transaction, cancellationToken) =>
        {
            var result = await transaction.RunAsync(CypherStatement.Write("MergeProbe", $"MERGE (n:{ProbeLabel} {{id: $id}}) RETURN n", Id()), cancellationToken);
            return result.Records.Single().Get<CypherNode>("n");
        });
        var read = await Runner.RunAsync(CypherStatement.Read("ReadProbe", $"MATCH (n:{ProbeLabel} {{id: $id}}) RETURN n.id AS id", Id()));

        Assert.Contains(ProbeLabel, written.Labels);
        Assert.Equal(_probeId, read.Records.Single()["id"]);
    }

    [RealNeo4jFact]
    public async Task A_rolled_back_transaction_leaves_nothing()
    {
        await using (var transaction = await Runner.BeginTransactionAsync())
        {
            await transaction.RunAsync(CypherStatement.Write("MergeProbe", $"MERGE (n:{ProbeLabel} {{id: $id}})", Id()));
            await transaction.RollbackAsync();
        }

        var read = await Runner.RunAsync(CypherStatement.Read("ReadProbe", $"MATCH (n:{ProbeLabel} {{id: $id}}) RETURN n", Id()));
        Assert.Empty(read.Records);
    }

    [RealNeo4jFact]
    public async Task A_statement_neo4j_refuses_fails_with_its_code_and_is_not_retried()
    {
        var failure = await Assert.ThrowsAsync<Neo4jServerException>(() => Runner.RunAsync(CypherStatement.Read("Broken", "RETURN $missing")));

        Assert.StartsWith("Neo.ClientError.", failure.Neo4jCode, StringComparison.Ordinal);
        Assert.Equal(StoreErrorCodes.StoreQueryFailed, failure.ErrorCode);
    }

    private Dictionary<string, object?> Id() => new() { ["id"] = _probeId };
}
