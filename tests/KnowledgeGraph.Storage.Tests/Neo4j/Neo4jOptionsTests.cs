using KnowledgeGraph.Storage.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>Where the connection settings come from, and which addresses are mapped, kept or refused.</summary>
public sealed class Neo4jOptionsTests
{
    [Fact]
    public void Our_keys_are_read_from_the_knowledge_graph_section()
    {
        var options = Bind(new()
        {
            ["KnowledgeGraph:Neo4j:Uri"] = "http://neo4j:7474",
            ["KnowledgeGraph:Neo4j:Database"] = "graph",
            ["KnowledgeGraph:Neo4j:User"] = "neo4j",
            ["KnowledgeGraph:Neo4j:Password"] = "knowledgegraph",
        });

        Assert.Equal(("http://neo4j:7474", "graph", "neo4j", "knowledgegraph"), (options.Uri, options.Database, options.User, options.Password));
    }

    [Fact]
    public void Neo4js_own_environment_names_fill_what_our_keys_leave_empty()
    {
        var options = Bind(new()
        {
            ["NEO4J_URI"] = "neo4j+s://abcd1234.databases.neo4j.io",
            ["NEO4J_USERNAME"] = "neo4j",
            ["NEO4J_PASSWORD"] = "from-aura",
        });

        Assert.Equal(("neo4j+s://abcd1234.databases.neo4j.io", "neo4j", "neo4j", "from-aura"), (options.Uri, options.Database, options.User, options.Password));
    }

    [Fact]
    public void Our_keys_win_over_neo4js_environment_names()
    {
        var options = Bind(new()
        {
            ["KnowledgeGraph:Neo4j:Uri"] = "http://ours:7474",
            ["KnowledgeGraph:Neo4j:User"] = "ours",
            ["KnowledgeGraph:Neo4j:Password"] = "ours",
            ["NEO4J_URI"] = "bolt://theirs:7687",
            ["NEO4J_USERNAME"] = "theirs",
            ["NEO4J_PASSWORD"] = "theirs",
        });

        Assert.Equal(("http://ours:7474", "ours", "ours"), (options.Uri, options.User, options.Password));
    }

    [Theory]
    [InlineData("http://localhost:7474", "http://localhost:7474/")]
    [InlineData("https://neo4j.example.org", "https://neo4j.example.org/")]
    [InlineData("http://proxy.example.org/neo4j", "http://proxy.example.org/neo4j/")]
    [InlineData("neo4j://localhost", "http://localhost:7474/")]
    [InlineData("bolt://graph.internal:7687", "http://graph.internal:7474/")]
    [InlineData("neo4j+s://abcd1234.databases.neo4j.io", "https://abcd1234.databases.neo4j.io/")]
    [InlineData("bolt+ssc://graph.internal:7687", "https://graph.internal/")]
    public void An_http_address_is_kept_and_a_bolt_address_is_mapped_to_the_http_port(string configured, string expected)
    {
        Assert.True(QueryApiAddress.TryResolve(configured, out var baseAddress, out var error), error);
        Assert.Equal(new Uri(expected), baseAddress);
    }

    [Theory]
    [InlineData("bolt://localhost:17687", "HTTP address")]
    [InlineData("ftp://localhost", "http:// or https://")]
    [InlineData("localhost:7474", "http:// or https://")]
    [InlineData("", "set KnowledgeGraph:Neo4j:Uri (or NEO4J_URI)")]
    public void An_address_that_cannot_be_mapped_is_refused_saying_what_to_set(string configured, string hint)
    {
        Assert.False(QueryApiAddress.TryResolve(configured, out _, out var error));
        Assert.Contains(hint, error);
    }

    [Fact]
    public void Invalid_settings_fail_validation_with_every_problem_named()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Bind(new()
        {
            ["KnowledgeGraph:Neo4j:Uri"] = "bolt://localhost:9999",
            ["KnowledgeGraph:Neo4j:User"] = "neo4j",
            ["KnowledgeGraph:Neo4j:RetryBudget"] = "00:00:00",
            ["KnowledgeGraph:Neo4j:BreakerBreakDuration"] = "00:00:00.100",
        }));

        Assert.Contains(failure.Failures, message => message.Contains("HTTP port", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, message => message.Contains(":Password", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, message => message.Contains("RetryBudget", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, message => message.Contains("BreakerBreakDuration must be at least 0.5 s", StringComparison.Ordinal));
    }

    private static Neo4jOptions Bind(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddNeo4jCypherRunner();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<Neo4jOptions>>().Value;
    }
}
