using KnowledgeGraph.Api.Apis.ApiKeys;
using KnowledgeGraph.Api.Ingestion.Archive;
using KnowledgeGraph.Api.Ingestion.Duplicates;
using KnowledgeGraph.Api.Ingestion.Extracting;

namespace KnowledgeGraph.Api.Ingestion;

/// <summary>Registers ingestion: its options, the data directory, the ingestor and the API key mutations need.</summary>
public static class IngestionServiceCollectionExtensions
{
    /// <summary>Adds ingestion's services; the GraphQL types are found with the rest of the schema's.</summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        services.AddOptions<IngestionOptions>()
            .BindConfiguration(IngestionOptions.Section)
            .Validate(ingestion => ingestion.MaxDocumentBytes > 0, "KnowledgeGraph:Ingestion:MaxDocumentBytes must be positive.")
            .Validate(ingestion => ingestion.ExtractionParallelism >= 0, "KnowledgeGraph:Ingestion:ExtractionParallelism must be 0 (one per processor) or more.")
            .ValidateOnStart();
        services.AddOptions<DocumentArchiveOptions>().BindConfiguration(DocumentArchiveOptions.Section);

        // KnowledgeGraph:ApiKey wins; KG_API_KEY is the short variable that deployment tools expect.
        services.AddOptions<ApiKeyOptions>()
            .BindConfiguration(ApiKeyOptions.Section)
            .Configure<IConfiguration>((apiKey, configuration) =>
            {
                if (string.IsNullOrEmpty(apiKey.ApiKey))
                {
                    apiKey.ApiKey = configuration[ApiKeyOptions.EnvironmentVariable];
                }
            });
        services.AddSingleton<MutationApiKeyGate>();
        services.AddSingleton<RequestBodyLimit>();

        services.AddSingleton<DocumentArchive>();
        services.AddSingleton<KeptDocumentVerifier>();
        services.AddSingleton<DocumentContents>();
        services.AddSingleton<ExtractionCache>();
        services.AddSingleton<DocumentExtractor>();
        services.AddSingleton<DocumentIngestor>();
        return services;
    }
}
