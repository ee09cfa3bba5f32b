using KnowledgeGraph.Api.Extensions;

namespace KnowledgeGraph.Api.Corpus;

/// <summary>Registers the corpus loading.</summary>
public static class CorpusServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="CorpusOptions"/> (checked at start-up: the folder must exist, so a wrong path stops the service
    /// instead of serving an empty graph) and loads the corpus in the background, tracked by <see cref="CorpusReadiness"/>.
    /// </summary>
    public static IServiceCollection AddCorpusLoading(this IServiceCollection services)
    {
        services.AddOptions<CorpusOptions>()
            .BindConfiguration(CorpusOptions.Section)
            .ValidateFolderExists(options => options.DocumentsPath, $"{CorpusOptions.Section}:DocumentsPath", "*.txt documents");
        services.AddSingleton<CorpusReadiness>();
        // One loader, also resolved by the ingest command, which loads the corpus without starting the host.
        services.AddSingleton<CorpusLoader>();
        services.AddHostedService(provider => provider.GetRequiredService<CorpusLoader>());
        return services;
    }
}
