using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>Registers the Neo4j store, or only its transport: options, the Query API HttpClient and the Cypher runner.</summary>
public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Neo4j store as the application's one <see cref="IGraphStore"/>, with its transport
    /// (<see cref="AddNeo4jCypherRunner"/>) and the <see cref="IGraphStoreProbe"/> that readiness and the start-up load ask
    /// whether Neo4j answers.
    /// </summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services)
    {
        services.AddNeo4jCypherRunner();
        services.AddSingleton<Neo4jGraphWriter>();
        services.AddSingleton<Neo4jGraphReader>();
        services.AddSingleton<IGraphStore, Neo4jGraphStore>();
        services.AddSingleton<IGraphStoreProbe, Neo4jStoreProbe>();
        return services;
    }

    /// <summary>
    /// Registers an <c>ICypherRunner</c> over Neo4j's HTTP Query API, configured from <c>KnowledgeGraph:Neo4j</c> (with
    /// the <c>NEO4J_*</c> fallbacks) and validated when the host starts. Needs an <c>IConfiguration</c> service.
    /// </summary>
    public static IServiceCollection AddNeo4jCypherRunner(this IServiceCollection services)
    {
        services.AddOptions<Neo4jOptions>().BindConfiguration(Neo4jOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<Neo4jOptions>, Neo4jOptionsFallbacks>();
        services.AddSingleton<IValidateOptions<Neo4jOptions>, Neo4jOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(QueryApiClient.HttpClientName, (provider, http) =>
        {
            var options = provider.GetRequiredService<IOptions<Neo4jOptions>>().Value;
            QueryApiAddress.TryResolve(options.Uri, out var baseAddress, out _);
            http.BaseAddress = baseAddress;
            // Each request has its own timeout (Neo4jOptions.RequestTimeout); HttpClient's 100 s default would only cut
            // a unit of work short in a way the retries cannot tell from a dropped connection.
            http.Timeout = Timeout.InfiniteTimeSpan;
            if (!string.IsNullOrEmpty(options.User))
            {
                var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}"));
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
            }
        });
        services.AddSingleton<ICypherRunner, QueryApiCypherRunner>();
        return services;
    }
}
