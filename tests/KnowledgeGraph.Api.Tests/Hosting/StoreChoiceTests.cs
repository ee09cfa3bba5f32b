using KnowledgeGraph.Api.Commands;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Api.Tests.Ingestion;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Embedded;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Hosting;

/// <summary><c>KnowledgeGraph:Store</c> picks the store: the embedded one by default, Neo4j by name, nothing else.</summary>
public sealed class StoreChoiceTests : IDisposable
{
    private readonly TemporaryDataDirectory _dataDirectory = new();

    public void Dispose() => _dataDirectory.Dispose();

    [Theory]
    [InlineData("Neo5j")]
    [InlineData("1")]
    public async Task A_name_that_is_no_store_stops_the_service_quoting_it_and_naming_the_allowed_ones(string store)
    {
        var environment = ApiCommandLine.SeededEnvironment(_dataDirectory.Path);
        environment["KnowledgeGraph__Store"] = store;

        var outcome = await ApiCommandLine.RunAsync(["--urls", "http://127.0.0.1:0"], RepositoryPaths.Root, environment);

        Assert.NotNull(outcome.ExitCode);
        Assert.NotEqual(ExitCodes.Success, outcome.ExitCode);
        Assert.Contains(
            $"KnowledgeGraph:Store is '{store}', which is not a store; use Embedded or Neo4j (the default is Embedded).",
            outcome.StandardError,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Embedded")]
    [InlineData("embedded")]
    public async Task Without_the_setting_or_naming_it_the_service_runs_on_the_embedded_store(string? store)
    {
        await using var api = new StoreApiFactory(store);

        Assert.IsType<EmbeddedGraphStore>(api.Services.GetRequiredService<IGraphStore>());
    }

    /// <summary>The API with <c>KnowledgeGraph:Store</c> set (or not), handed out without waiting for its corpus.</summary>
    private sealed class StoreApiFactory(string? store) : SeededApiFactory
    {
        protected override bool WaitsForReadiness => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (store is not null)
            {
                builder.UseSetting("KnowledgeGraph:Store", store);
            }
        }
    }
}
