using System.Text.Json.Serialization;

namespace KnowledgeGraph.Api.Ide;

/// <summary>
/// The IDE's <c>bcp-config.json</c>. The names are the ones the 18.x bundle reads (it is not our contract to rename),
/// and every setting that would make the page reach a host other than ours is switched off.
/// </summary>
/// <param name="Title">The title the IDE shows.</param>
/// <param name="GraphQLDocument">The document a new tab opens with.</param>
internal sealed record BananaCakePopConfig(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("graphQLDocument")] string GraphQLDocument)
{
    /// <summary>
    /// Post to the page's own URL without its trailing slash (<c>/graphql/</c> → <c>/graphql</c>), so the IDE
    /// follows wherever the API is hosted and never asks for connection settings.
    /// </summary>
    [JsonPropertyName("useBrowserUrlAsEndpoint")]
    public bool UseBrowserUrlAsEndpoint { get; } = true;

    /// <summary>Without this the bundle posts device data to telemetry.chillicream.com every few minutes.</summary>
    [JsonPropertyName("disableTelemetry")]
    public bool DisableTelemetry { get; } = true;

    /// <summary>Keep cookies out of GraphQL requests; the API is anonymous and read-only.</summary>
    [JsonPropertyName("includeCookies")]
    public bool IncludeCookies { get; }
}
