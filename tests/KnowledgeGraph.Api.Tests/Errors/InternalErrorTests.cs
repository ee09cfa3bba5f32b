using System.Net;
using KnowledgeGraph.Api.Graph.Errors;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.Tests.Errors;

/// <summary>A failing store (see <see cref="ThrowingGraphStore"/>), in a given environment.</summary>
public sealed class FailingStoreApiFactory(string environment, Func<Exception>? failure = null) : SeededApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(environment);
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<IGraphStore>(new ThrowingGraphStore(failure))));
    }
}

public sealed class InternalErrorTests
{
    private const string Units = "{ units { nodes { name } } }";

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Outside_development_a_failing_resolver_gives_a_coded_generic_error_and_nothing_of_the_exception(string environment)
    {
        await using var api = new FailingStoreApiFactory(environment);

        var (status, body) = await api.PostAsync(new { query = Units });

        Assert.Equal(HttpStatusCode.OK, status);
        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal(InternalErrors.Message, error["message"]!.GetValue<string>());
        Assert.Equal(["INTERNAL_ERROR"], body.ErrorCodes());
        var text = body.ToJsonString();
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperation", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_development_the_same_error_keeps_its_code_and_shows_the_details()
    {
        await using var api = new FailingStoreApiFactory("Development");

        var (_, body) = await api.PostAsync(new { query = Units });

        Assert.Equal(["INTERNAL_ERROR"], body.ErrorCodes());
        Assert.Contains(ThrowingGraphStore.Secret, body.ToJsonString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, Func<Exception>> StoreFailures => new()
    {
        { "STORE_UNAVAILABLE", () => new Neo4jUnavailableException($"Neo4j at {ThrowingGraphStore.Secret} cannot be reached") },
        { "STORE_QUERY_FAILED", () => new Neo4jServerException("Neo.ClientError.Statement.SyntaxError", ThrowingGraphStore.Secret, "FindNodes") },
        { "STORE_ERROR", () => new Neo4jServerException("Neo.DatabaseError.General.UnknownError", ThrowingGraphStore.Secret, "FindNodes") },
    };

    [Theory]
    [MemberData(nameof(StoreFailures))]
    public async Task A_store_failure_keeps_the_stores_code_and_tells_nothing_of_the_server(string code, Func<Exception> failure)
    {
        await using var api = new FailingStoreApiFactory("Production", failure);

        var (status, body) = await api.PostAsync(new { query = Units });

        Assert.Equal(HttpStatusCode.OK, status);
        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal([code], body.ErrorCodes());
        Assert.Equal(InternalErrors.StoreMessage(code), error["message"]!.GetValue<string>());
        Assert.DoesNotContain("hunter2", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exception_outside_graphql_execution_is_a_coded_500_without_details()
    {
        await using var api = new FailingStoreApiFactory("Production").WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.Replace(ServiceDescriptor.Singleton<GraphQL.IGraphQLTextSerializer, ThrowingSerializer>())));
        using var client = api.CreateClient();

        using var response = await client.PostAsync(
            new Uri("/graphql", UriKind.Relative), new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("INTERNAL_ERROR", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
    }

    /// <summary>Fails to read any request, as a broken dependency of the endpoint would.</summary>
    private sealed class ThrowingSerializer : GraphQL.IGraphQLTextSerializer
    {
        private readonly GraphQL.SystemTextJson.GraphQLSerializer _inner = new();

        public bool IsNativelyAsync => true;

        public ValueTask<T?> ReadAsync<T>(Stream stream, CancellationToken cancellationToken = default) =>
            throw new ArgumentOutOfRangeException(nameof(stream), ThrowingGraphStore.Secret);

        public Task WriteAsync<T>(Stream stream, T? value, CancellationToken cancellationToken = default) =>
            _inner.WriteAsync(stream, value, cancellationToken);

        public string Serialize<T>(T? value) => _inner.Serialize(value);

        public T? Deserialize<T>(string? value) => _inner.Deserialize<T>(value);

        public T? ReadNode<T>(object? value) => _inner.ReadNode<T>(value);
    }
}
