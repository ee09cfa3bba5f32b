using KnowledgeGraph.Api.Corpus;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api.Units.Pages;

/// <summary>
/// Server-rendered pages for people who do not write queries: <c>/units</c> ranks the units by the measures they lead,
/// <c>/units/{name}</c> shows what one unit leads and supports. A unit's alias redirects to its canonical name (302:
/// re-ingesting may move an alias), an alias several units share lists them (300), any other name is a 404 page.
/// </summary>
public static class UnitPages
{
    /// <summary>The ranking page's path; a unit's page is below it.</summary>
    public const string Path = "/units";

    /// <summary>The link to a unit's page.</summary>
    public static string Url(string name) => $"{Path}/{Uri.EscapeDataString(name)}";

    /// <summary>Registers the Razor component renderer and the directory the pages read through.</summary>
    public static IServiceCollection AddUnitPages(this IServiceCollection services)
    {
        // Chinese text stays text in the page source (still encoding <, >, &, quotes) instead of &#x...; entities.
        services.AddWebEncoders(encoders => encoders.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorComponents();
        services.AddScoped<UnitDirectory>();
        return services;
    }

    /// <summary>Maps <c>GET /units</c> and <c>GET /units/{name}</c>, both answering 503 until the corpus is loaded.</summary>
    public static RouteGroupBuilder MapUnitPages(this IEndpointRouteBuilder endpoints)
    {
        var pages = endpoints.MapGroup(Path).WithTags("Unit pages").AddEndpointFilter<CorpusReadyFilter>();
        pages.MapGet("/", RankingAsync).WithName("UnitRanking");
        pages.MapGet("/{name}", UnitAsync).WithName("UnitPage");
        return pages;
    }

    /// <summary>Every unit that holds a measure, ranked by measures led.</summary>
    public static async Task<RazorComponentResult<UnitRankingPage>> RankingAsync(UnitDirectory directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return new(new { Ranking = await directory.RankAsync(cancellationToken) });
    }

    /// <summary>One unit's page, a redirect from an alias, a choice between units sharing an alias, or a 404 page.</summary>
    public static async Task<IResult> UnitAsync(string name, UnitDirectory directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        // ASP.NET Core decodes every escape of a path but %2F, so that a slash inside a segment stays one segment.
        name = name.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
        if (await directory.FindByNameAsync(name, cancellationToken) is { } unit)
        {
            return new RazorComponentResult<UnitPage>(new { Model = await directory.ReadAsync(unit, cancellationToken) });
        }

        var aliasOf = await directory.FindByAliasAsync(name, cancellationToken);
        return aliasOf.Count == 1
            ? TypedResults.Redirect(Url(aliasOf[0].Name))
            : new RazorComponentResult<UnitNotFoundPage>(new { Name = name, Candidates = aliasOf })
            {
                StatusCode = aliasOf.Count == 0 ? StatusCodes.Status404NotFound : StatusCodes.Status300MultipleChoices,
            };
    }
}
