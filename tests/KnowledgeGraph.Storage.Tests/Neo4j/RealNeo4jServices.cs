using KnowledgeGraph.Storage.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>A runner for a real Neo4j, configured from the environment (<c>NEO4J_URI</c> …) as the application would be.</summary>
internal static class RealNeo4jServices
{
    public static ServiceProvider Create()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddEnvironmentVariables().Build());
        services.AddLogging();
        services.AddNeo4jCypherRunner();
        return services.BuildServiceProvider();
    }
}
