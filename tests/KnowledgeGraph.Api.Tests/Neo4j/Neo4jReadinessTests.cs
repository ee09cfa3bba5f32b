using System.Net;
using KnowledgeGraph.Api.Corpus;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Api.Tests.Ingestion;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Embedded;
using KnowledgeGraph.Testing;
using KnowledgeGraph.Testing.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.Tests.Neo4j;

/// <summary>
/// In Neo4j mode, a Neo4j that is down or refuses the configuration keeps the service live but not ready, and
/// <c>/readyz</c> says what is wrong in terms of the setting to fix; the service gets ready once Neo4j answers.
/// </summary>
public sealed class Neo4jReadinessTests : IDisposable
{
    private readonly TemporaryDataDirectory _dataDirectory = new();

    public void Dispose() => _dataDirectory.Dispose();

    [Fact]
    public async Task With_no_Neo4j_at_the_address_the_service_is_live_not_ready_and_readyz_says_Neo4j_cannot_be_reached()
    {
        var address = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}/");
        await using var api = new Neo4jModeApiFactory(address, _dataDirectory.Path);
        using var client = api.CreateClient();

        using var live = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var (status, body) = await ReadinessAsync(client);
        var (queryStatus, queryBody) = await api.PostAsync(new { query = "{ units { totalCount } }" });

        Assert.Equal("Neo4jGraphStore", api.Services.GetRequiredService<IGraphStore>().GetType().Name);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.StartsWith("Unhealthy\n", body, StringComparison.Ordinal);
        Assert.Contains($"Neo4j at {address} (database 'neo4j') cannot be reached: Connection refused", body, StringComparison.Ordinal);
        Assert.Contains("Check KnowledgeGraph:Neo4j:Uri (or NEO4J_URI)", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, queryStatus);
        Assert.Equal(["NOT_READY"], queryBody.ErrorCodes());
    }

    [Fact]
    public async Task With_a_wrong_password_readyz_says_Neo4j_refused_the_credentials()
    {
        await using var neo4j = await FakeQueryApi.StartAsync();
        await using var api = new Neo4jModeApiFactory(neo4j.Address, _dataDirectory.Path, password: "not-the-password");
        using var client = api.CreateClient();

        var (status, body) = await ReadinessAsync(client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains(
            $"Neo4j at {neo4j.Address} (database 'neo4j') refused the credentials (Neo.ClientError.Security.Unauthorized): "
            + "check KnowledgeGraph:Neo4j:User and KnowledgeGraph:Neo4j:Password (or NEO4J_USERNAME and NEO4J_PASSWORD).",
            body,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_Neo4j_comes_up_after_the_service_the_documents_load_and_the_service_gets_ready()
    {
        // The connection is under test here, not the Neo4j store's statements (tested on the fake by scripted answers):
        // the embedded store holds the graph while the probe asks the fake Neo4j.
        var port = LoopbackPorts.Free();
        await using var api = new Neo4jModeApiFactory(
            new Uri($"http://127.0.0.1:{port}/"),
            _dataDirectory.Path,
            services: services => services.Replace(ServiceDescriptor.Singleton<IGraphStore, EmbeddedGraphStore>()));
        using var client = api.CreateClient();
        var (downStatus, _) = await ReadinessAsync(client);

        await using var neo4j = await FakeQueryApi.StartAsync(port);
        await api.Services.GetRequiredService<CorpusReadiness>().Loaded.WaitAsync(TimeSpan.FromMinutes(1));
        var (upStatus, upBody) = await ReadinessAsync(client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, downStatus);
        Assert.Equal(HttpStatusCode.OK, upStatus);
        Assert.Equal("Healthy", upBody);
        Assert.Contains(neo4j.Requests, request => request.Statement == "RETURN 1 AS ok");
    }

    [Fact]
    public async Task When_Neo4j_goes_away_while_the_documents_load_they_load_again_once_it_is_back()
    {
        var store = new StoreLostOnceGraphStore(new EmbeddedGraphStore());
        // Up for the first load, down when asked after its failure, then back.
        var probe = new ScriptedStoreProbe(
            StoreStatus.Available("Neo4j answers."), StoreStatus.Unavailable("Neo4j cannot be reached."), StoreStatus.Available("Neo4j answers."));
        using var api = new IngestionApiFactory(_dataDirectory.Path, services: services =>
        {
            services.Replace(ServiceDescriptor.Singleton<IGraphStore>(store));
            services.Replace(ServiceDescriptor.Singleton<IGraphStoreProbe>(probe));
        });

        // The factory hands the service out once it is ready: the documents it serves are those of the second load.
        Assert.Equal(SeedText.SeedFileNames, await api.DocumentFileNamesAsync());
    }

    private static async Task<(HttpStatusCode Status, string Body)> ReadinessAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
