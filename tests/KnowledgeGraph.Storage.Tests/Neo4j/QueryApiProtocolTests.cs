using System.Text;
using System.Text.Json.Nodes;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Testing.Neo4j;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>What goes over the wire: endpoints, headers, auth, access mode, typed parameters, bookmarks, affinity.</summary>
public sealed class QueryApiProtocolTests : RunnerOnFakeNeo4j
{
    [Fact]
    public async Task A_read_is_posted_to_the_databases_query_endpoint_in_typed_json_with_basic_auth_and_read_access()
    {
        await Services.Runner().RunAsync(CypherStatement.Read("One", "RETURN 1"));

        var request = Assert.Single(Neo4j.Requests);
        Assert.Equal(("POST", "/db/neo4j/query/v2"), (request.Method, request.Path));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:fake-password")), request.Authorization);
        Assert.Equal("application/vnd.neo4j.query", request.Accept);
        Assert.Equal("application/vnd.neo4j.query", request.ContentType);
        Assert.Equal("RETURN 1", request.Statement);
        Assert.Equal("Read", request.Body!["accessMode"]!.GetValue<string>());
        Assert.True(request.Body["includeCounters"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_write_asks_for_write_access()
    {
        await Services.Runner().RunAsync(CypherStatement.Write("Merge", "MERGE (n:Entity {id: $id})", new Dictionary<string, object?> { ["id"] = "unit:x" }));

        Assert.Equal("Write", Assert.Single(Neo4j.Requests).Body!["accessMode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Parameters_travel_as_typed_json_with_integers_as_strings()
    {
        var parameters = new Dictionary<string, object?>
        {
            ["id"] = "measure:凉委办发〔2022〕14号/1/3",
            ["offset"] = 9007199254740993L,
            ["count"] = 3,
            ["ratio"] = 0.92,
            ["draft"] = false,
            ["missing"] = null,
            ["issued"] = new DateOnly(2022, 5, 1),
            ["ids"] = new[] { "a", "b" },
            ["rows"] = new List<object?> { new Dictionary<string, object?> { ["id"] = "x", ["props"] = new Dictionary<string, object?> { ["year"] = 2025 } } },
        };

        await Services.Runner().RunAsync(CypherStatement.Write("Typed", "UNWIND $rows AS row", parameters));

        var sent = Assert.Single(Neo4j.Requests).Body!["parameters"]!;
        AssertJson("""{"$type":"String","_value":"measure:凉委办发〔2022〕14号/1/3"}""", sent["id"]);
        AssertJson("""{"$type":"Integer","_value":"9007199254740993"}""", sent["offset"]);
        AssertJson("""{"$type":"Integer","_value":"3"}""", sent["count"]);
        AssertJson("""{"$type":"Float","_value":"0.92"}""", sent["ratio"]);
        AssertJson("""{"$type":"Boolean","_value":false}""", sent["draft"]);
        AssertJson("""{"$type":"Null","_value":null}""", sent["missing"]);
        AssertJson("""{"$type":"Date","_value":"2022-05-01"}""", sent["issued"]);
        AssertJson("""{"$type":"List","_value":[{"$type":"String","_value":"a"},{"$type":"String","_value":"b"}]}""", sent["ids"]);
        AssertJson(
            """{"$type":"List","_value":[{"$type":"Map","_value":{"id":{"$type":"String","_value":"x"},"props":{"$type":"Map","_value":{"year":{"$type":"Integer","_value":"2025"}}}}}]}""",
            sent["rows"]);
    }

    [Fact]
    public async Task A_parameter_of_an_unsupported_type_is_refused_before_anything_is_sent()
    {
        var parameters = new Dictionary<string, object?> { ["when"] = TimeSpan.FromHours(1) };

        await Assert.ThrowsAsync<ArgumentException>(() => Services.Runner().RunAsync(CypherStatement.Read("Bad", "RETURN $when", parameters)));
        Assert.Empty(Neo4j.Requests);
    }

    [Fact]
    public async Task Bookmarks_of_a_write_are_sent_with_the_next_request_so_it_sees_the_write()
    {
        var runner = Services.Runner();

        var write = await runner.RunAsync(CypherStatement.Write("Merge", "MERGE (n:Entity {id: 'x'})"));
        await runner.RunAsync(CypherStatement.Read("Read", "MATCH (n) RETURN n"));

        var bookmark = Assert.Single(write.Bookmarks);
        Assert.Null(Neo4j.Requests[0].Body!["bookmarks"]);
        Assert.Equal(bookmark, Neo4j.Requests[1].Body!["bookmarks"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task An_explicit_transaction_sends_the_cluster_affinity_back_on_every_later_request()
    {
        var runner = Services.Runner();

        await using (var transaction = await runner.BeginTransactionAsync())
        {
            await transaction.RunAsync(CypherStatement.Write("First", "MERGE (a)"));
            await transaction.RunAsync(CypherStatement.Write("Second", "MERGE (b)"));
            await transaction.CommitAsync();
        }

        var requests = Neo4j.Requests;
        Assert.Equal(
            ["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/tx-1", "POST /db/neo4j/query/v2/tx/tx-1", "POST /db/neo4j/query/v2/tx/tx-1/commit"],
            requests.Select(request => $"{request.Method} {request.Path}"));
        Assert.Null(requests[0].ClusterAffinity);
        var affinity = requests[1].ClusterAffinity;
        Assert.StartsWith("member-", affinity);
        Assert.All(requests.Skip(1), request => Assert.Equal(affinity, request.ClusterAffinity));
        // Inside a transaction the access mode and bookmarks were settled when it began.
        Assert.Null(requests[1].Body!["accessMode"]);
        Assert.Equal(["MERGE (a)", "MERGE (b)"], Neo4j.Committed.Select(statement => statement.Text));
    }

    [Fact]
    public async Task A_transaction_opens_with_write_access_and_the_latest_bookmarks()
    {
        var runner = Services.Runner();
        var write = await runner.RunAsync(CypherStatement.Write("Merge", "MERGE (n:Entity {id: 'x'})"));

        await runner.ExecuteWriteAsync((transaction, cancellationToken) => transaction.RunAsync(CypherStatement.Write("Merge", "MERGE (a)"), cancellationToken));

        var begin = Neo4j.Requests.Single(request => request.Path.EndsWith("/tx", StringComparison.Ordinal));
        Assert.Equal("Write", begin.Body!["accessMode"]!.GetValue<string>());
        Assert.Equal(write.Bookmarks.Single(), begin.Body["bookmarks"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Nothing_in_a_transaction_is_visible_until_it_commits_and_a_rollback_deletes_it()
    {
        var runner = Services.Runner();

        var transaction = await runner.BeginTransactionAsync();
        await transaction.RunAsync(CypherStatement.Write("Merge", "MERGE (a)"));
        Assert.Empty(Neo4j.Committed);
        await transaction.RollbackAsync();

        var rollback = Neo4j.Requests[^1];
        Assert.Equal(("DELETE", "/db/neo4j/query/v2/tx/tx-1"), (rollback.Method, rollback.Path));
        Assert.NotNull(rollback.ClusterAffinity);
        Assert.Empty(Neo4j.Committed);
        Assert.Equal(0, Neo4j.OpenTransactionCount);
    }

    [Fact]
    public async Task A_transaction_disposed_without_commit_is_rolled_back()
    {
        await using (var transaction = await Services.Runner().BeginTransactionAsync())
        {
            await transaction.RunAsync(CypherStatement.Write("Merge", "MERGE (a)"));
        }

        Assert.Equal("DELETE", Neo4j.Requests[^1].Method);
        Assert.Equal(0, Neo4j.OpenTransactionCount);
    }

    [Fact]
    public async Task A_transaction_left_idle_past_its_expiry_is_gone()
    {
        Neo4j.TransactionIdleTimeout = TimeSpan.FromMilliseconds(50);
        var transaction = await Services.Runner().BeginTransactionAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(200));

        var failure = await Assert.ThrowsAsync<Neo4jServerException>(() => transaction.RunAsync(CypherStatement.Write("Late", "MERGE (a)")));

        Assert.Equal("Neo.ClientError.Transaction.TransactionNotFound", failure.Neo4jCode);
        Assert.Empty(Neo4j.Committed);
    }

    private static void AssertJson(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"expected {expected}, got {actual?.ToJsonString()}");
}
