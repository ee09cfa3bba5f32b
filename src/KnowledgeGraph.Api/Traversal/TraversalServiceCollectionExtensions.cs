namespace KnowledgeGraph.Api.Traversal;

/// <summary>Registers what the traversal fields need (their graph types are found with the schema's assembly).</summary>
public static class TraversalServiceCollectionExtensions
{
    /// <summary>Binds <see cref="TraversalOptions"/> to <c>KnowledgeGraph:Traversal</c>.</summary>
    public static IServiceCollection AddTraversal(this IServiceCollection services)
    {
        services.AddOptions<TraversalOptions>().BindConfiguration(TraversalOptions.Section);
        return services;
    }
}
