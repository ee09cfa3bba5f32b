using System.Net;
using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Api.PersistedOperations;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.PersistedOperations;

/// <summary>Operations registered from persisted/, named by the SHA-256 of their file.</summary>
[Collection(SeededApi.Name)]
public sealed class PersistedOperationsTests(KnowledgeGraphApiFactory api)
{
    private static readonly string FinanceBureauFile = Path.Combine(RepositoryPaths.PersistedOperations, "FinanceBureau.graphql");

    // What `sha256sum persisted/FinanceBureau.graphql` prints: the id is the hash of the file's bytes.
    private static string FinanceBureauHash => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(FinanceBureauFile)));

    private static string FinanceBureauId => "sha256:" + FinanceBureauHash;

    [Fact]
    public async Task A_documentId_runs_the_registered_operation()
    {
        var (status, body) = await api.PostAsync(new { documentId = FinanceBureauId });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("凉山州财政局", body["data"]!["units"]!["nodes"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_documentId_runs_over_get_too()
    {
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("application/graphql-response+json");

        var text = await client.GetStringAsync(new Uri("/graphql?documentId=" + Uri.EscapeDataString(FinanceBureauId), UriKind.Relative));

        Assert.Contains("凉山州财政局", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_apollo_persisted_query_hash_runs_the_registered_operation()
    {
        var (status, body) = await api.PostAsync(new
        {
            extensions = new { persistedQuery = new { version = 1, sha256Hash = FinanceBureauHash } },
        });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("凉山州财政局", body["data"]!["units"]!["nodes"]![0]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("sha256:0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("sha256:not-a-hash")]
    [InlineData("x-FinanceBureau")]
    public async Task An_id_that_names_no_registered_operation_is_not_found(string documentId)
    {
        var (status, body) = await api.PostAsync(new { documentId });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["PERSISTED_OPERATION_NOT_FOUND"], body.ErrorCodes());
    }

    [Fact]
    public async Task A_request_with_both_a_query_and_a_documentId_is_refused()
    {
        var (status, body) = await api.PostAsync(new { query = "{ __typename }", documentId = FinanceBureauId });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["BAD_REQUEST"], body.ErrorCodes());
    }

    [Fact]
    public async Task Apollos_second_round_trip_with_the_query_runs_the_query_when_any_query_is_allowed()
    {
        const string Query = "{ units(first: 1) { totalCount } }";
        var (status, body) = await api.PostAsync(new
        {
            query = Query,
            extensions = new { persistedQuery = new { version = 1, sha256Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Query))) } },
        });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body["data"]!["units"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public void Every_documented_operation_is_registered()
    {
        var registry = api.Services.GetRequiredService<PersistedOperationRegistry>();

        var unregistered = DocumentationPages.Operations
            .Where(operation => !registry.DocumentIds.Contains(PersistedOperationRegistry.DocumentId(operation.Text)))
            .Select(operation => $"{operation.Page}: {operation.Name}")
            .ToList();

        Assert.True(
            unregistered.Count == 0,
            $"Copy each documented operation, byte for byte, into persisted/<OperationName>.graphql:\n{string.Join("\n", unregistered)}");
    }
}

/// <summary>The API set to accept registered operations only.</summary>
public sealed class OnlyPersistedApiFactory : SeededApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("KnowledgeGraph:PersistedOperations:OnlyPersisted", "true");
    }
}

public sealed class OnlyPersistedOperationsTests(OnlyPersistedApiFactory api) : IClassFixture<OnlyPersistedApiFactory>
{
    [Fact]
    public async Task A_registered_operation_runs()
    {
        var id = PersistedOperationRegistry.DocumentId(File.ReadAllText(Path.Combine(RepositoryPaths.PersistedOperations, "StudioMeasures.graphql")));

        var (status, body) = await api.PostAsync(new { documentId = id });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body["data"]!["measures"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Any_other_query_is_refused_with_a_coded_error(string accept, HttpStatusCode expected)
    {
        var (status, body) = await api.PostAsync(new { query = "{ units { totalCount } }" }, accept);

        Assert.Equal(expected, status);
        Assert.Equal(["PERSISTED_OPERATION_ONLY"], body.ErrorCodes());
        Assert.False(body.ContainsKey("data"));
    }

    [Fact]
    public async Task An_apollo_hash_with_its_query_runs_only_the_registered_text()
    {
        var registered = File.ReadAllText(Path.Combine(RepositoryPaths.PersistedOperations, "FinanceBureau.graphql"));
        var hash = PersistedOperationRegistry.DocumentId(registered)["sha256:".Length..];

        var (status, body) = await api.PostAsync(new
        {
            query = "{ units { totalCount } }",
            extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } },
        });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("凉山州财政局", body["data"]!["units"]!["nodes"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_id_is_not_found()
    {
        var (_, body) = await api.PostAsync(new { documentId = PersistedOperationRegistry.DocumentId("{ units { totalCount } }") });

        Assert.Equal(["PERSISTED_OPERATION_NOT_FOUND"], body.ErrorCodes());
    }
}
