using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.Ide;

/// <summary>Registers what <see cref="BananaCakePopApi.MapBananaCakePop"/> needs.</summary>
internal static class BananaCakePopServiceCollectionExtensions
{
    /// <summary>
    /// Adds the IDE's files, its options (section <c>KnowledgeGraph:Ide</c>) and the matcher policy that keeps the IDE
    /// page from clashing with the GraphQL endpoint.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddBananaCakePop(this IServiceCollection services)
    {
        services.AddOptions<BananaCakePopOptions>().BindConfiguration(BananaCakePopOptions.SectionName);
        services.TryAddSingleton<BananaCakePopFiles>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, IdePageMatcherPolicy>());
        return services;
    }
}
