using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>Registers the embedded store.</summary>
public static class EmbeddedServiceCollectionExtensions
{
    /// <summary>Registers <see cref="EmbeddedGraphStore"/> as the application's one <see cref="IGraphStore"/>, and its probe.</summary>
    public static IServiceCollection AddEmbeddedGraphStore(this IServiceCollection services)
    {
        services.AddSingleton<IGraphStore, EmbeddedGraphStore>();
        services.AddSingleton<IGraphStoreProbe, EmbeddedStoreProbe>();
        return services;
    }
}
