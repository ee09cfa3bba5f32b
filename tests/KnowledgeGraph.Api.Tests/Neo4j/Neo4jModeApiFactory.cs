using KnowledgeGraph.Testing;
using KnowledgeGraph.Testing.Neo4j;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Neo4j;

/// <summary>
/// The API in Neo4j mode, configured as an operator configures it (<c>KnowledgeGraph:Store=Neo4j</c> and the
/// <c>KnowledgeGraph:Neo4j</c> connection), pointed at the address and password a test chooses, with a data directory
/// of its own. Handed out at once unless <paramref name="waitsForReadiness"/>: what happens before the corpus loads is
/// what most of these tests look at.
/// </summary>
public sealed class Neo4jModeApiFactory(
    Uri neo4j,
    string dataDirectory,
    string password = FakeQueryApi.Password,
    Action<IServiceCollection>? services = null,
    bool waitsForReadiness = false) : SeededApiFactory
{
    protected override bool WaitsForReadiness => waitsForReadiness;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("KnowledgeGraph:Store", "Neo4j");
        builder.UseSetting("KnowledgeGraph:Neo4j:Uri", neo4j.ToString());
        builder.UseSetting("KnowledgeGraph:Neo4j:User", FakeQueryApi.User);
        builder.UseSetting("KnowledgeGraph:Neo4j:Password", password);
        builder.UseSetting("KnowledgeGraph:DataDir", dataDirectory);
        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }
}
