using GraphQL.DI;
using GraphQL.Validation;
using KnowledgeGraph.Api.Graph.Connections;
using KnowledgeGraph.Api.Limits.Documents;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Limits;

/// <summary>Registers the request limits.</summary>
public static class LimitsServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="LimitsOptions"/> and <see cref="PagingOptions"/> and checks them at start-up, so a limit set
    /// to zero, a negative number or nonsense stops the service with a message instead of serving without it.
    /// </summary>
    public static IServiceCollection AddLimits(this IServiceCollection services)
    {
        services.AddOptions<LimitsOptions>()
            .BindConfiguration(LimitsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<HostOptions>()
            .Configure<IOptions<LimitsOptions>>((host, limits) => host.ShutdownTimeout = limits.Value.ShutdownTimeout);
        services.AddOptions<PagingOptions>()
            .BindConfiguration(PagingOptions.Section)
            .ValidateDataAnnotations()
            .Validate(
                paging => paging.DefaultPageSize <= paging.MaxPageSize,
                $"{PagingOptions.Section}:DefaultPageSize must not be above MaxPageSize.")
            .ValidateOnStart();
        return services;
    }

    /// <summary>
    /// Replaces graphql-dotnet's document validator with <see cref="BoundedDocumentValidator"/> and keeps validated
    /// documents in <see cref="ValidatedDocumentCache"/>; call after <c>AddGraphQL</c>, whose own registration this one
    /// overrides.
    /// </summary>
    public static IServiceCollection AddBoundedValidation(this IServiceCollection services)
    {
        services.AddSingleton<DocumentValidator>();
        services.AddSingleton<IDocumentValidator, BoundedDocumentValidator>();
        services.AddSingleton<ValidatedDocumentCache>();
        services.AddSingleton<IConfigureExecution>(provider => provider.GetRequiredService<ValidatedDocumentCache>());
        return services;
    }
}
