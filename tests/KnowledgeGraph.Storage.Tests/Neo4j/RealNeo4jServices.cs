using KnowledgeGraph.Storage.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>
/// Services for a real Neo4j, configured from the environment (<c>NEO4J_URI</c> …) as the application would be: the
/// Cypher runner, or whatever <paramref name="register"/> adds (such as the whole store).
/// </summary>
internal static class RealNeo4jServices
{
    public static ServiceProvider Create(Action<IServiceCollection>? register = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddEnvironmentVariables().Build());
        services.AddLogging();
        (register ?? (runnerOnly => runnerOnly.AddNeo4jCypherRunner()))(services);
        return services.BuildServiceProvider();
    }
}
