using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Apis.GraphQLOverHttp;

/// <summary>Chooses the response media type from the request's Accept header (GraphQL over HTTP, "Accept").</summary>
public static class ResponseMediaType
{
    /// <summary>The type a client must ask for by name: request errors answer 4xx.</summary>
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>The legacy type, also for clients that send no Accept header or accept anything: every GraphQL response answers 200.</summary>
    public const string Json = "application/json";

    /// <summary>
    /// <see cref="GraphQLResponseJson"/> when the client names it with at least the quality it gives JSON;
    /// <see cref="Json"/> when it accepts <c>application/json</c>, <c>application/*</c> or <c>*/*</c>, or sends no
    /// Accept header (as the spec says, until clients have moved to the new type); null when it accepts neither.
    /// </summary>
    public static string? Negotiate(IList<MediaTypeHeaderValue> accept)
    {
        ArgumentNullException.ThrowIfNull(accept);
        if (accept.Count == 0)
        {
            return Json;
        }

        var graphQLResponseQuality = Quality(accept, value => Matches(value, GraphQLResponseJson));
        var jsonQuality = Quality(accept, value => Matches(value, Json) || Matches(value, "application/*") || value.MatchesAllTypes);
        return graphQLResponseQuality > 0 && graphQLResponseQuality >= jsonQuality ? GraphQLResponseJson
            : jsonQuality > 0 ? Json
            : null;
    }

    private static double Quality(IList<MediaTypeHeaderValue> accept, Func<MediaTypeHeaderValue, bool> matches) =>
        accept.Where(matches).Select(value => value.Quality ?? 1).DefaultIfEmpty(0).Max();

    private static bool Matches(MediaTypeHeaderValue value, string mediaType) =>
        value.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase);
}
