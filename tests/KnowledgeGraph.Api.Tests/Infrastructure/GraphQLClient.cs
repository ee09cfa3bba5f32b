using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>Posts GraphQL operations to the in-process API and hands back the parsed response.</summary>
internal static class GraphQLClient
{
    public static async Task<JsonObject> QueryAsync(this WebApplicationFactory<Program> api, string query, object? variables = null)
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        return body;
    }

    /// <summary>The <c>data</c> of a response that must not carry errors.</summary>
    public static async Task<JsonNode> DataAsync(this WebApplicationFactory<Program> api, string query, object? variables = null)
    {
        var body = await api.QueryAsync(query, variables);
        Assert.False(body.ContainsKey("errors"), $"Unexpected errors: {body["errors"]?.ToJsonString()}");
        return body["data"]!;
    }

    /// <summary>
    /// Every node of a root connection, page after page: the seeded graph holds more units than one page
    /// (<c>first</c> is at most 100). <paramref name="arguments"/> go before <c>first</c>/<c>after</c> (<c>where: {…}</c>).
    /// </summary>
    public static async Task<List<JsonNode>> AllNodesAsync(this WebApplicationFactory<Program> api, string connection, string selection, string arguments = "")
    {
        var nodes = new List<JsonNode>();
        string? after = null;
        do
        {
            var page = (await api.DataAsync(
                $$"""query ($after: String) { {{connection}}({{arguments}} first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { {{selection}} } } }""",
                new { after }))[connection]!;
            nodes.AddRange(page["nodes"]!.AsArray().Select(node => node!));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        return nodes;
    }

    /// <summary>
    /// Posts any JSON body, accepting <c>application/graphql-response+json</c> unless told otherwise, and hands back
    /// the status and the parsed body.
    /// </summary>
    public static async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(
        this WebApplicationFactory<Program> api, object body, string accept = "application/graphql-response+json")
    {
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd(accept);
        using var response = await client.PostAsJsonAsync("/graphql", body);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    /// <summary>The <c>extensions.code</c> of each error of a response.</summary>
    public static IEnumerable<string?> ErrorCodes(this JsonObject body) =>
        body["errors"]!.AsArray().Select(error => error!["extensions"]?["code"]?.GetValue<string>());

    public static IEnumerable<T> Values<T>(this JsonNode? array, string property) =>
        array!.AsArray().Select(item => item![property]!.GetValue<T>());

    public static string Pretty(this JsonNode node) =>
        node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
