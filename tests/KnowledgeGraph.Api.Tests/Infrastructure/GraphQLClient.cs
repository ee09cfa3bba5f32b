using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>Posts GraphQL operations to the in-process API and hands back the parsed response.</summary>
internal static class GraphQLClient
{
    public static async Task<JsonObject> QueryAsync(this KnowledgeGraphApiFactory api, string query, object? variables = null)
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        return body;
    }

    /// <summary>The <c>data</c> of a response that must not carry errors.</summary>
    public static async Task<JsonNode> DataAsync(this KnowledgeGraphApiFactory api, string query, object? variables = null)
    {
        var body = await api.QueryAsync(query, variables);
        Assert.False(body.ContainsKey("errors"), $"Unexpected errors: {body["errors"]?.ToJsonString()}");
        return body["data"]!;
    }

    /// <summary>The <c>extensions.code</c> of each error of a response.</summary>
    public static IEnumerable<string?> ErrorCodes(this JsonObject body) =>
        body["errors"]!.AsArray().Select(error => error!["extensions"]?["code"]?.GetValue<string>());

    public static IEnumerable<T> Values<T>(this JsonNode? array, string property) =>
        array!.AsArray().Select(item => item![property]!.GetValue<T>());

    public static string Pretty(this JsonNode node) =>
        node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
