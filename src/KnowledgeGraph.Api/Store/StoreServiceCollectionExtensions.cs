using KnowledgeGraph.Storage.Embedded;
using KnowledgeGraph.Storage.Neo4j;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Store;

/// <summary>Registers the store that configuration chooses.</summary>
public static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store <c>KnowledgeGraph:Store</c> names (<see cref="StoreOptions"/>), with its probe. The choice is
    /// made while services are registered, because each store brings its own services (Neo4j: its options, checked at
    /// start-up, its HTTP client and its runner). A name that is no store is refused when the service starts, naming the
    /// allowed ones; until then the embedded store stands in, so that the host can still be built.
    /// </summary>
    public static IHostApplicationBuilder AddGraphStore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<StoreOptions>, StoreOptionsValidator>();

        var chosen = builder.Configuration.GetSection(StoreOptions.Section).Get<StoreOptions>() ?? new StoreOptions();
        if (chosen.Kind == GraphStoreKind.Neo4j)
        {
            builder.Services.AddNeo4jGraphStore();
        }
        else
        {
            builder.Services.AddEmbeddedGraphStore();
        }

        return builder;
    }
}
