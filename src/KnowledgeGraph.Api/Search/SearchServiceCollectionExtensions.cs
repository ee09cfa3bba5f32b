namespace KnowledgeGraph.Api.Search;

/// <summary>Registers what <c>search</c> needs (its graph types are found with the schema's assembly).</summary>
public static class SearchServiceCollectionExtensions
{
    /// <summary>Binds <see cref="SearchOptions"/> to <c>KnowledgeGraph:Search</c> and checks them at start-up.</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>()
            .BindConfiguration(SearchOptions.Section)
            .ValidateDataAnnotations()
            .Validate(search => search.DefaultHits <= search.MaxHits, $"{SearchOptions.Section}:DefaultHits must not be above MaxHits.")
            .ValidateOnStart();
        return services;
    }
}
