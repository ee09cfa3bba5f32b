using GraphQL.DI;
using GraphQL.PersistedDocuments;
using KnowledgeGraph.Api.Extensions;

namespace KnowledgeGraph.Api.PersistedOperations;

/// <summary>Registers persisted operations.</summary>
public static class PersistedOperationsServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="PersistedOperationsOptions"/> (checked at start-up: the folder must exist), registers the
    /// operations of that folder and lets requests name them by id.
    /// </summary>
    public static IServiceCollection AddPersistedOperations(this IServiceCollection services)
    {
        services.AddOptions<PersistedOperationsOptions>()
            .BindConfiguration(PersistedOperationsOptions.Section)
            .ValidateFolderExists(options => options.Path, $"{PersistedOperationsOptions.Section}:Path", "*.graphql operations");
        services.AddSingleton<PersistedOperationRegistry>();
        services.AddSingleton<IPersistedDocumentLoader>(provider => provider.GetRequiredService<PersistedOperationRegistry>());
        services.AddSingleton<IConfigureExecution, PersistedOperationHandler>();
        return services;
    }
}
