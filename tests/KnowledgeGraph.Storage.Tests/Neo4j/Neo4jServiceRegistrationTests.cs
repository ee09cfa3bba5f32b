using KnowledgeGraph.Storage.Neo4j;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>What <see cref="Neo4jServiceCollectionExtensions.AddNeo4jCypherRunner"/> gives the application.</summary>
public sealed class Neo4jServiceRegistrationTests
{
    [Fact]
    public async Task The_runner_is_one_per_application_so_that_its_breaker_and_bookmarks_are_shared()
    {
        await using var services = TestRunners.Services(new Uri("http://127.0.0.1:7474/"));

        Assert.Same(services.GetRequiredService<ICypherRunner>(), services.GetRequiredService<ICypherRunner>());
        Assert.IsType<QueryApiCypherRunner>(services.GetRequiredService<ICypherRunner>());
    }
}
