namespace KnowledgeGraph.Api.Traversal;

/// <summary>Registers what the traversal fields need (their graph types are found with the schema's assembly).</summary>
public static class TraversalServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="TraversalOptions"/> to <c>KnowledgeGraph:Traversal</c> and checks them at start-up, so a bound
    /// set to nonsense stops the service with a message instead of serving without it.
    /// </summary>
    public static IServiceCollection AddTraversal(this IServiceCollection services)
    {
        services.AddOptions<TraversalOptions>()
            .BindConfiguration(TraversalOptions.Section)
            .ValidateDataAnnotations()
            .Validate(
                traversal => traversal.DefaultPaths <= traversal.MaxPaths,
                $"{TraversalOptions.Section}:DefaultPaths must not be above MaxPaths.")
            .ValidateOnStart();
        return services;
    }
}
