using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Tests.Neo4j;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Storage.Tests.Contract;

/// <summary>
/// The contract against a real Neo4j (5.26 LTS or later), configured from the environment as the application would be
/// (<c>NEO4J_URI</c>, <c>NEO4J_USERNAME</c>, <c>NEO4J_PASSWORD</c>); skipped, saying so, when <c>NEO4J_URI</c> is not
/// set. Each test starts from an empty graph: every <c>Entity</c> node of the configured database is deleted, so point
/// it at a throwaway database (<c>docker compose up neo4j</c>), never at one that holds data you keep.
/// </summary>
public sealed class Neo4jGraphStoreTests : GraphStoreContractTests, IDisposable
{
    private readonly List<ServiceProvider> _services = [];

    protected override IGraphStore CreateStore()
    {
        Skip.If(
            string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")),
            "No real Neo4j: set NEO4J_URI (with NEO4J_USERNAME and NEO4J_PASSWORD) to a throwaway database to run the store contract against it.");

        var services = RealNeo4jServices.Create(store => store.AddNeo4jGraphStore());
        _services.Add(services);
        // Synchronous because the contract creates stores synchronously; xunit runs tests without a synchronisation context.
        services.GetRequiredService<ICypherRunner>()
            .RunAsync(CypherStatement.Write(
                "EmptyTheGraph",
                $"MATCH (n) WHERE n:{Domain.Graph.NodeLabels.Entity} OR n:{Storage.Neo4j.Neo4jGraphModel.ContributionLabel} DETACH DELETE n"))
            .GetAwaiter().GetResult();
        return services.GetRequiredService<IGraphStore>();
    }

    public void Dispose()
    {
        foreach (var services in _services)
        {
            services.Dispose();
        }
    }
}
