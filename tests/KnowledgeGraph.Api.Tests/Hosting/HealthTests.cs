using System.Net;
using KnowledgeGraph.Api.Corpus;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.Tests.Hosting;

[Collection(SeededApi.Name)]
public sealed class HealthTests(KnowledgeGraphApiFactory api)
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task A_loaded_service_is_live_and_ready(string path)
    {
        using var client = api.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}

/// <summary>The API with a store that loads only when the test says so.</summary>
public sealed class LoadingApiFactory : SeededApiFactory
{
    internal GatedGraphStore Store { get; } = new();

    protected override bool WaitsForReadiness => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<IGraphStore>(Store)));
    }
}

public sealed class ReadinessTests
{
    [Fact]
    public async Task While_the_store_loads_the_service_is_live_but_not_ready_and_queries_get_a_coded_503_then_all_answer()
    {
        await using var api = new LoadingApiFactory();
        using var client = api.CreateClient();

        using var live = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var notReady = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var (queryStatus, queryBody) = await api.PostAsync(new { query = "{ units { totalCount } }" });

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, queryStatus);
        Assert.Equal(["NOT_READY"], queryBody.ErrorCodes());

        api.Store.Open();
        await api.Services.GetRequiredService<CorpusReadiness>().Loaded.WaitAsync(TimeSpan.FromMinutes(1));

        using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var data = await api.DataAsync("{ units { totalCount } }");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.True(data["units"]!["totalCount"]!.GetValue<int>() > 0);
    }
}
