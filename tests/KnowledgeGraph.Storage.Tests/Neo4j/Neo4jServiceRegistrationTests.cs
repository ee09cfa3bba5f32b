using KnowledgeGraph.Storage.Neo4j;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>
/// What <see cref="Neo4jServiceCollectionExtensions.AddNeo4jCypherRunner"/> and
/// <see cref="Neo4jServiceCollectionExtensions.AddNeo4jGraphStore"/> give the application.
/// </summary>
public sealed class Neo4jServiceRegistrationTests
{
    [Fact]
    public async Task The_runner_is_one_per_application_so_that_its_breaker_and_bookmarks_are_shared()
    {
        await using var services = TestRunners.Services(new Uri("http://127.0.0.1:7474/"));

        Assert.Same(services.GetRequiredService<ICypherRunner>(), services.GetRequiredService<ICypherRunner>());
        Assert.IsType<QueryApiCypherRunner>(services.GetRequiredService<ICypherRunner>());
    }

    [Fact]
    public void AddNeo4jGraphStore_makes_Neo4j_the_store_and_its_probe_the_store_probe()
    {
        var services = new ServiceCollection().AddNeo4jGraphStore();

        Assert.Contains(services, service => service.ServiceType == typeof(IGraphStore) && service.ImplementationType == typeof(Neo4jGraphStore));
        Assert.Contains(services, service => service.ServiceType == typeof(IGraphStoreProbe) && service.ImplementationType == typeof(Neo4jStoreProbe));
    }
}
