using System.Net;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Testing.Neo4j;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>
/// The body's Neo4j code decides what a failure is, whatever the HTTP status; each maps to an API error code, and
/// only transient ones are retried.
/// </summary>
public sealed class ErrorMappingTests : IAsyncLifetime
{
    private const string Statement = "MATCH (n) RETURN n";
    private FakeQueryApi _neo4j = null!;

    public async Task InitializeAsync() => _neo4j = await FakeQueryApi.StartAsync();

    public async Task DisposeAsync() => await _neo4j.DisposeAsync();

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.SyntaxError", StoreErrorCodes.StoreQueryFailed)]
    [InlineData(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.ParameterMissing", StoreErrorCodes.StoreQueryFailed)]
    [InlineData(HttpStatusCode.BadRequest, "Neo.ClientError.Schema.ConstraintValidationFailed", StoreErrorCodes.StoreConflict)]
    [InlineData(HttpStatusCode.BadRequest, "Neo.ClientError.Transaction.Terminated", StoreErrorCodes.StoreQueryFailed)]
    [InlineData(HttpStatusCode.BadRequest, "Neo.TransientError.Transaction.Terminated", StoreErrorCodes.StoreUnavailable)]
    [InlineData(HttpStatusCode.InternalServerError, "Neo.DatabaseError.General.UnknownError", StoreErrorCodes.StoreError)]
    [InlineData(HttpStatusCode.Accepted, "Neo.ClientError.Statement.ArithmeticError", StoreErrorCodes.StoreQueryFailed)]
    public async Task A_final_error_is_mapped_by_its_code_and_sent_once(HttpStatusCode status, string neo4jCode, string errorCode)
    {
        _neo4j.Script(Statement, FakeReply.Error(status, neo4jCode));
        await using var services = TestRunners.Services(_neo4j.Address);

        var failure = await Assert.ThrowsAsync<Neo4jServerException>(() => services.Runner().RunAsync(CypherStatement.Read("Match", Statement)));

        Assert.Equal((neo4jCode, errorCode), (failure.Neo4jCode, failure.ErrorCode));
        Assert.Contains("Match", failure.Message);
        Assert.Single(_neo4j.Requests);
    }

    [Fact]
    public async Task An_error_after_results_began_to_stream_fails_the_statement_despite_its_202()
    {
        _neo4j.Script(Statement, FakeReply.ErrorAfterData(["n"], """[[{"$type":"Integer","_value":"1"}]]""", "Neo.ClientError.Statement.ArithmeticError"));
        await using var services = TestRunners.Services(_neo4j.Address);

        var failure = await Assert.ThrowsAsync<Neo4jServerException>(() => services.Runner().RunAsync(CypherStatement.Read("Match", Statement)));

        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", failure.Neo4jCode);
    }

    [Fact]
    public async Task Wrong_credentials_are_a_401_that_makes_the_store_unavailable_without_retrying()
    {
        await using var services = TestRunners.Services(_neo4j.Address, new Dictionary<string, string?> { ["KnowledgeGraph:Neo4j:Password"] = "wrong" });

        var failure = await Assert.ThrowsAsync<Neo4jServerException>(() => services.Runner().RunAsync(CypherStatement.Read("One", "RETURN 1")));

        Assert.Equal(("Neo.ClientError.Security.Unauthorized", StoreErrorCodes.StoreUnavailable), (failure.Neo4jCode, failure.ErrorCode));
        Assert.Single(_neo4j.Requests);
    }

    [Fact]
    public async Task An_unknown_database_is_a_404_that_makes_the_store_unavailable_without_retrying()
    {
        await using var services = TestRunners.Services(_neo4j.Address, new Dictionary<string, string?> { ["KnowledgeGraph:Neo4j:Database"] = "nosuchdb" });

        var failure = await Assert.ThrowsAsync<Neo4jServerException>(() => services.Runner().RunAsync(CypherStatement.Read("One", "RETURN 1")));

        Assert.Equal(("Neo.ClientError.Database.DatabaseNotFound", StoreErrorCodes.StoreUnavailable), (failure.Neo4jCode, failure.ErrorCode));
        Assert.Equal("/db/nosuchdb/query/v2", Assert.Single(_neo4j.Requests).Path);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, false)]
    [InlineData(HttpStatusCode.Unauthorized, false)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    public void An_http_error_without_a_query_api_body_is_unavailable_and_retried_only_when_a_gateway_says_so(HttpStatusCode status, bool retried)
    {
        var failure = Assert.Throws<Neo4jUnavailableException>(() => QueryApiReplyReader.Read(status, "<html>Not here</html>"u8, null, "One"));

        Assert.Equal(StoreErrorCodes.StoreUnavailable, failure.ErrorCode);
        Assert.Contains("HTTP port", failure.Message);
        Assert.Equal(retried, Neo4jRetryRule.IsRetryable(failure));
    }
}
