using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Testing.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>
/// Cypher runners built the way the application builds them (<see cref="Neo4jServiceCollectionExtensions.AddNeo4jCypherRunner"/>
/// from configuration), with delays in milliseconds so that retry tests do not wait real seconds.
/// </summary>
internal static class TestRunners
{
    public static ServiceProvider Services(
        Uri address, IReadOnlyDictionary<string, string?>? overrides = null, Action<IServiceCollection>? configure = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["KnowledgeGraph:Neo4j:Uri"] = address.ToString(),
            ["KnowledgeGraph:Neo4j:User"] = FakeQueryApi.User,
            ["KnowledgeGraph:Neo4j:Password"] = FakeQueryApi.Password,
            // Generous, so that a loaded machine running every test project at once does not fail a test that is not about
            // time; the retry and timeout tests set their own.
            ["KnowledgeGraph:Neo4j:RequestTimeout"] = "00:00:10",
            ["KnowledgeGraph:Neo4j:FirstRetryDelay"] = "00:00:00.010",
            ["KnowledgeGraph:Neo4j:RetryBudget"] = "00:00:15",
            // High enough that only the breaker tests open it.
            ["KnowledgeGraph:Neo4j:BreakerMinimumThroughput"] = "1000",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddNeo4jCypherRunner();
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    public static ICypherRunner Runner(this ServiceProvider services) => services.GetRequiredService<ICypherRunner>();
}
