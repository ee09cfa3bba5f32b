using Microsoft.AspNetCore.Routing.Matching;

namespace KnowledgeGraph.Api.Ide;

/// <summary>Marks the endpoint that serves the IDE's page at <c>{path}/</c>.</summary>
internal sealed class IdePageMetadata
{
    /// <summary>The one instance; the marker carries no data.</summary>
    public static readonly IdePageMetadata Instance = new();
}

/// <summary>
/// Lets the IDE page answer only a browser at <c>{path}/</c>. Routing ignores a trailing slash, so the GraphQL
/// endpoint's <c>GET {path}</c> matches <c>{path}/</c> as well; the page therefore has a lower order (it wins) and this
/// policy drops it for <c>{path}</c> itself and for GraphQL GET requests (<c>?query=</c>), which go to the endpoint.
/// </summary>
internal sealed class IdePageMatcherPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    /// <inheritdoc />
    public override int Order => 0;

    /// <inheritdoc />
    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) =>
        endpoints.Any(endpoint => endpoint.Metadata.GetMetadata<IdePageMetadata>() is not null);

    /// <inheritdoc />
    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        var request = httpContext.Request;
        var isPageRequest = request.Path.Value?.EndsWith('/') == true && !request.Query.ContainsKey("query");
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!isPageRequest && candidates[i].Endpoint.Metadata.GetMetadata<IdePageMetadata>() is not null)
            {
                candidates.SetValidity(i, false);
            }
        }

        return Task.CompletedTask;
    }
}
