using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.Explorer;

/// <summary>Serves the graph explorer, a page that draws the graph through the GraphQL API's persisted operations.</summary>
internal static class ExplorerApi
{
    /// <summary>The explorer's path.</summary>
    public const string Path = "/explore";

    /// <summary>Adds the explorer's files.</summary>
    /// <param name="services">The application's services.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddExplorer(this IServiceCollection services)
    {
        services.TryAddSingleton<ExplorerFiles>();
        return services;
    }

    /// <summary>
    /// Maps the page at <c>/explore</c> (whatever its query string, which holds the view) and its assets under
    /// <c>/explore/…</c>.
    /// </summary>
    /// <param name="endpoints">The application's routes.</param>
    /// <returns>The group of explorer routes, for further conventions.</returns>
    /// <exception cref="InvalidOperationException">The build left the explorer's files out.</exception>
    public static RouteGroupBuilder MapExplorer(this IEndpointRouteBuilder endpoints)
    {
        // Open the files now, so that a missing bundle stops the service at start-up rather than at a reader's visit.
        endpoints.ServiceProvider.GetRequiredService<ExplorerFiles>();

        var explorer = endpoints.MapGroup(Path)
            .WithTags("Explorer")
            .ExcludeFromDescription();
        explorer.MapGet("/", GetPage).WithName("ExplorerPage");
        explorer.MapGet("/{**asset}", GetAsset).WithName("ExplorerAsset");
        return explorer;
    }

    /// <summary>The explorer's single page; its script reads the view from the URL.</summary>
    public static Results<PhysicalFileHttpResult, NotFound> GetPage(ExplorerFiles files) => GetAsset(ExplorerFiles.PageFile, files);

    /// <summary>The page's script or style sheet.</summary>
    public static Results<PhysicalFileHttpResult, NotFound> GetAsset(string asset, ExplorerFiles files) =>
        files.TryGetFile(asset, out var file, out var contentType)
            ? TypedResults.PhysicalFile(file.PhysicalPath!, contentType, lastModified: file.LastModified)
            : TypedResults.NotFound();
}
