using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Ide;

/// <summary>Serves the Banana Cake Pop GraphQL IDE beside the GraphQL endpoint.</summary>
internal static class BananaCakePopApi
{
    /// <summary>
    /// Maps the IDE's page at <c>{path}/</c>, its settings at <c>{path}/bcp-config.json</c> and its assets under
    /// <c>{path}/…</c>. The page needs the trailing slash because the bundle loads <c>./bcp-config.json</c> and its
    /// scripts relative to itself; the GraphQL endpoint keeps <c>{path}</c> and redirects browsers to the page.
    /// </summary>
    /// <param name="endpoints">The application's routes.</param>
    /// <param name="path">The GraphQL endpoint's path, under which the IDE lives.</param>
    /// <returns>The group of IDE routes, for further conventions.</returns>
    /// <exception cref="InvalidOperationException"><see cref="BananaCakePopServiceCollectionExtensions.AddBananaCakePop"/> was not called.</exception>
    public static RouteGroupBuilder MapBananaCakePop(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        // Without the matcher policy the page would clash with the endpoint's GET {path}; say so at start-up.
        if (endpoints.ServiceProvider.GetService<BananaCakePopFiles>() is null)
        {
            throw new InvalidOperationException(
                $"Call {nameof(BananaCakePopServiceCollectionExtensions.AddBananaCakePop)}() on the services before {nameof(MapBananaCakePop)}().");
        }

        var ide = endpoints.MapGroup(path)
            .WithTags("IDE")
            .ExcludeFromDescription();

        ide.MapGet("/", GetPage)
            .WithName("BananaCakePopPage")
            .WithOrder(-1)
            .WithMetadata(IdePageMetadata.Instance);
        ide.MapGet("/bcp-config.json", GetConfig)
            .WithName("BananaCakePopConfig");
        ide.MapGet("/{**asset}", GetAsset)
            .WithName("BananaCakePopAsset");

        return ide;
    }

    /// <summary>The IDE's single page, with the script that opens the starter document.</summary>
    public static ContentHttpResult GetPage(BananaCakePopFiles files) =>
        TypedResults.Content(files.Page, "text/html", Encoding.UTF8);

    /// <summary>The IDE's settings, read by the bundle at start.</summary>
    public static Ok<BananaCakePopConfig> GetConfig(IOptions<BananaCakePopOptions> options) =>
        TypedResults.Ok(new BananaCakePopConfig(options.Value.Title, options.Value.GraphQLDocument));

    /// <summary>
    /// A script, style sheet, font, icon or manifest of the IDE, or its page by name: the IDE's service worker caches
    /// <c>index.html</c> and answers later visits with it, so that must be the page with our script too.
    /// </summary>
    public static Results<ContentHttpResult, PhysicalFileHttpResult, NotFound> GetAsset(string? asset, BananaCakePopFiles files) =>
        asset switch
        {
            null or "" => TypedResults.NotFound(),
            "index.html" => GetPage(files),
            _ when files.TryGetFile(asset, out var file, out var contentType) =>
                TypedResults.PhysicalFile(file.PhysicalPath!, contentType, lastModified: file.LastModified),
            _ => TypedResults.NotFound(),
        };
}
