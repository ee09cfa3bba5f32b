using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Apis.GraphQLOverHttp;

/// <summary>Chooses the response media type from the request's Accept header (GraphQL over HTTP, "Accept").</summary>
public static class ResponseMediaType
{
    /// <summary>The preferred type: request errors answer 4xx.</summary>
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>The legacy type: every GraphQL response answers 200.</summary>
    public const string Json = "application/json";

    /// <summary>
    /// <see cref="GraphQLResponseJson"/> when the client accepts it (or anything, or sends no Accept header),
    /// <see cref="Json"/> when it accepts only that, and null when it accepts neither.
    /// </summary>
    public static string? Negotiate(IList<MediaTypeHeaderValue> accept)
    {
        ArgumentNullException.ThrowIfNull(accept);
        var acceptable = accept.Where(value => value.Quality is not 0).ToList();
        if (acceptable.Count == 0 && accept.Count == 0)
        {
            return GraphQLResponseJson;
        }

        if (acceptable.Any(value => Matches(value, GraphQLResponseJson) || value.MatchesAllTypes || Matches(value, "application/*")))
        {
            return GraphQLResponseJson;
        }

        return acceptable.Any(value => Matches(value, Json)) ? Json : null;
    }

    private static bool Matches(MediaTypeHeaderValue value, string mediaType) =>
        value.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase);
}
