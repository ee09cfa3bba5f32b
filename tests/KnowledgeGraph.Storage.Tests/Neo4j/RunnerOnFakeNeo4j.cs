using KnowledgeGraph.Testing.Neo4j;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>
/// A test class's fake Query API and a runner built on it with the test defaults (<see cref="TestRunners"/>), started
/// before each test and stopped after it.
/// </summary>
public abstract class RunnerOnFakeNeo4j : IAsyncLifetime
{
    /// <summary>The fake Neo4j the runner talks to.</summary>
    private protected FakeQueryApi Neo4j { get; private set; } = null!;

    /// <summary>The services holding the runner.</summary>
    private protected ServiceProvider Services { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Neo4j = await FakeQueryApi.StartAsync();
        Services = TestRunners.Services(Neo4j.Address);
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await Neo4j.DisposeAsync();
    }
}
