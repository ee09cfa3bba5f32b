using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Fills the connection settings left empty under <c>KnowledgeGraph:Neo4j</c> from <c>NEO4J_URI</c>,
/// <c>NEO4J_USERNAME</c> and <c>NEO4J_PASSWORD</c>: the names Neo4j's tools, its Docker image examples and Aura's
/// downloaded credentials use, so a shell set up for <c>cypher-shell</c> works here too. Our own keys win.
/// </summary>
internal sealed class Neo4jOptionsFallbacks(IConfiguration configuration) : IPostConfigureOptions<Neo4jOptions>
{
    public void PostConfigure(string? name, Neo4jOptions options)
    {
        options.Uri = FirstGiven(options.Uri, configuration["NEO4J_URI"]);
        options.User = FirstGiven(options.User, configuration["NEO4J_USERNAME"]);
        options.Password = FirstGiven(options.Password, configuration["NEO4J_PASSWORD"]);
    }

    private static string? FirstGiven(string? own, string? fallback) => string.IsNullOrWhiteSpace(own) ? fallback : own;
}
